/**
 * The real data (../shared/data) imported into the shared test knowledge base (test/support/kb.ts):
 * the counts the data README gives, GARD 7338 merged, and a second import changing nothing.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { importKnowledgeBase } from '../../src/import/index.js';
import { openTestKb, openTestKbCopy, testKbImportSummary } from '../support/kb.js';

void describe('import of the real data', () => {
  void it('reads every QA pair: 47,441 in the MedQuAD schema (16,407 with answer text) + 16 in four older NINDS files', async () => {
    const summary = await testKbImportSummary();
    assert.deepEqual(summary.skipped, []);
    const standard = ['Document', 'DiseaseFile'].map((s) => summary.bySchema[s]);
    assert.equal(
      standard.reduce((n, s) => n + s.articles, 0),
      47441,
    );
    assert.equal(
      standard.reduce((n, s) => n + s.withText, 0),
      16407,
    );
    // 6_NINDS_QA 0000007, 0000018, 0000182, 0000244 use <doc>/<pair>: 4 pairs each, all with text
    assert.deepEqual(summary.bySchema.doc, { files: 4, articles: 16, withText: 16, withAnswer: 16 });
    // together: the 47,457 pairs MedQuAD's readme announces, in its 11,274 files
    assert.equal(summary.articles, 47457);
    assert.equal(
      Object.values(summary.byCollection).reduce((n, c) => n + c.files, 0),
      11274,
    );
    // ADAM, Drugs and Herbs have no answer text; every other collection has it
    for (const prefix of ['ADAM', 'MPlusDrugs', 'MPlusHerbsSuppls'])
      assert.equal(summary.byCollection[prefix].withText, 0);
    assert.equal(summary.byCollection.GARD.withText, 5389); // 5,394 pairs, 5 empty (data README)
  });

  void it('stores ≥ 6,000 conditions and every article', async () => {
    const store = await openTestKb();
    try {
      const stats = await store.stats();
      assert.ok(stats.conditions >= 6109, `${stats.conditions} conditions`);
      assert.equal(stats.articles, 47457);
      // answers that are only a repeated question (GARD) have text but nothing to show
      const summary = await testKbImportSummary();
      assert.equal(stats.articlesWithAnswer, summary.articlesWithAnswer);
      // 17 GARD answers are nothing but their question (e.g. GARD 7338's treatment answer)
      assert.equal(summary.articlesWithText - stats.articlesWithAnswer, 17);
      assert.ok(stats.phenotypes > 40000, `${stats.phenotypes} phenotype rows`);
    } finally {
      await store.close();
    }
  });

  void it('merges GARD 7338: catalog names, MedQuAD names and its articles', async () => {
    const store = await openTestKb();
    try {
      const c = await store.getCondition('GARD:7338');
      assert.ok(c);
      const names = c.names.map((n) => n.name);
      for (const name of ['Facial hemiatrophy', 'Progressive hemifacial atrophy', 'Parry-Romberg syndrome']) {
        assert.ok(names.includes(name), `${name} in ${names.join(', ')}`);
      }
      assert.equal(c.preferredName, 'Facial hemiatrophy');
      assert.deepEqual(
        c.xrefs.filter((x) => x.db === 'GARD'),
        [{ db: 'GARD', id: '7338' }],
      );
      assert.ok(c.xrefs.some((x) => x.db === 'UMLS' && x.id === 'C0015458'));
      const articles = await store.listArticlesByCondition('GARD:7338');
      const ids = articles.map((a) => a.id);
      for (const id of ['GARD_0005086_Sec1', 'GARD_0005086_Sec2', 'GARD_0005086_Sec3'])
        assert.ok(ids.includes(id), id);
      // NINDS "Parry-Romberg" shares its UMLS CUI and one of its names: its articles join (treatment included)
      assert.ok(ids.includes('NINDS_0000226_Sec2'), ids.join(', '));
      const treatment = articles.find((a) => a.id === 'GARD_0005086_Sec3')!;
      assert.equal(treatment.hasAnswer, false);
      assert.equal(treatment.question, 'How might progressive hemifacial atrophy be treated?');
      const symptoms = articles.find((a) => a.id === 'GARD_0005086_Sec2')!;
      assert.deepEqual(symptoms.phenotypes[0], {
        name: 'Irregular hyperpigmentation',
        frequency: '90%',
        frequencyValue: 0.9,
      });
      assert.equal(symptoms.phenotypes.length, 23);
    } finally {
      await store.close();
    }
  });

  void it('changes nothing when the same data is imported again', async () => {
    const store = await openTestKbCopy();
    try {
      const again = await importKnowledgeBase(store, { actor: 'test' });
      assert.equal(again.inserted, 0);
      assert.equal(again.updated, 0);
      assert.equal(again.unchanged, again.conditions + again.articles);
    } finally {
      await store.close();
    }
  });
});
