/**
 * Import of the hand-made fixture data folder into a real SQLite file: condition merging, article
 * conversion, idempotency and versioning, and malformed files being reported and skipped.
 */
import assert from 'node:assert/strict';
import fsp from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { PassThrough } from 'node:stream';
import { loadConfig } from '../../src/config.js';
import { ensureKnowledgeBase, importKnowledgeBase, type ImportOptions } from '../../src/import/index.js';
import { openStore, type Store } from '../../src/store/index.js';

const FIXTURE_DATA = path.resolve(import.meta.dirname, '../fixtures/import/data');
const MALFORMED = path.resolve(import.meta.dirname, '../fixtures/import/malformed');

/** A writable copy of the fixture data folder and a fresh database file, in a temp folder. */
async function workspace(): Promise<{ dir: string; data: string; database: string }> {
  const dir = await fsp.mkdtemp(path.join(os.tmpdir(), 'raredesk-import-'));
  const data = path.join(dir, 'data');
  await fsp.cp(FIXTURE_DATA, data, { recursive: true });
  return { dir, data, database: path.join(dir, 'kb.sqlite') };
}

function options(dataDir: string): ImportOptions {
  return { dataDir, actor: 'test-import', config: { dataDir: null, cacheDir: '/nonexistent' } };
}

void describe('import of the fixture data', () => {
  let ws: Awaited<ReturnType<typeof workspace>>;
  let store: Store;
  let first: Awaited<ReturnType<typeof importKnowledgeBase>>;

  before(async () => {
    ws = await workspace();
    store = await openStore(ws.database);
    first = await importKnowledgeBase(store, options(ws.data));
  });
  after(async () => {
    await store.close();
    await fsp.rm(ws.dir, { recursive: true, force: true });
  });

  void it('counts conditions, articles and answers', () => {
    // 2 catalog rows + GARD 90077 (document only) + UMLS:C9990001 (Tarn valley fever)
    // + RD: Example Cancer, Examplomab, Zephyr blood test
    assert.equal(first.conditions, 7);
    // 4 + 1 GARD, 2 + 1 + 1 GHR, 1 + 1 CancerGov, 2 drugs, 1 ADAM
    assert.equal(first.articles, 14);
    assert.equal(first.articlesWithText, 11);
    // the heading-only GARD treatment answer has text but nothing to show
    assert.equal(first.articlesWithAnswer, 10);
    assert.deepEqual(first.byCollection.GARD, { files: 2, articles: 5, withText: 5, withAnswer: 4 });
    assert.deepEqual(first.articleChanges, { inserted: 14, updated: 0, unchanged: 0 });
    assert.deepEqual(first.skipped, []);
    assert.equal(first.origin, 'option');
  });

  void it('merges the catalog entry, its GARD document and other collections into one condition', async () => {
    const c = await store.getCondition('GARD:90001');
    assert.ok(c);
    assert.equal(c.preferredName, 'Zephyr facial atrophy');
    const names = Object.fromEntries(c.names.map((n) => [n.name, `${n.kind}/${n.source}`]));
    assert.equal(names['Zephyr facial atrophy'], 'preferred/gard');
    // the catalog's lower-cased synonym gives way to MedQuAD's spelling of the same name
    assert.equal(names['Progressive zephyr atrophy'], 'synonym/medquad-focus');
    assert.equal(names['progressive zephyr atrophy'], undefined);
    assert.equal(names['Zephyr-Lind syndrome'], 'synonym/medquad-synonym');
    // the catalog's lower-cased "pza" gives way to MedQuAD's "PZA", an abbreviation
    assert.equal(names.PZA, 'abbreviation/medquad-synonym');
    assert.equal(names.pza, undefined);
    // GHR "Zephyr syndrome" attached by name (catalog synonym), "Zephyr facial atrophy in adults" by its
    // UMLS CUI (a name of the condition is within it); "Tarn valley fever" shares the CUI but no name: apart
    assert.equal(names['Zephyr syndrome'], 'synonym/medquad-focus');
    assert.equal(names['Zephyr facial atrophy in adults'], 'synonym/medquad-focus');
    assert.equal(names['Tarn valley fever'], undefined);
    assert.equal(names.ZS, 'abbreviation/medquad-synonym');
    assert.deepEqual(c.xrefs, [
      { db: 'GARD', id: '90001' },
      { db: 'UMLS', id: 'C9990001' },
      { db: 'UMLS', id: 'C9990002' },
    ]);
    const articles = await store.listArticlesByCondition('GARD:90001');
    assert.deepEqual(articles.map((a) => a.id).sort(), [
      'GARD_0000101_Sec1',
      'GARD_0000101_Sec2',
      'GARD_0000101_Sec3',
      'GARD_0000101_Sec4',
      'GHR_0000201_Sec1',
      'GHR_0000201_Sec2',
      'GHR_0000202_Sec1',
    ]);
    assert.equal(first.matches['umls-cui'], 1);
    const tarn = await store.getCondition('UMLS:C9990001');
    assert.equal(tarn?.preferredName, 'Tarn valley fever');
    assert.deepEqual(
      (await store.listArticlesByCondition('UMLS:C9990001')).map((a) => a.id),
      ['GHR_0000203_Sec1'],
    );
  });

  void it('makes GARD documents missing from the catalog their own GARD condition', async () => {
    const c = await store.getCondition('GARD:90077');
    assert.equal(c?.preferredName, 'Orrin disease');
    assert.deepEqual(c?.xrefs, [
      { db: 'GARD', id: '90077' },
      { db: 'UMLS', id: 'C9990077' },
    ]);
  });

  void it('stores GARD articles with heading questions, HPO rows and provenance', async () => {
    const symptoms = await store.getArticle('GARD_0000101_Sec2');
    assert.ok(symptoms);
    assert.equal(symptoms.question, 'What are the signs and symptoms of Progressive zephyr atrophy?');
    assert.equal(symptoms.questionType, 'symptoms');
    assert.deepEqual(
      symptoms.phenotypes.map((p) => [p.name, p.frequency, p.frequencyValue]),
      [
        ['Facial asymmetry', '90%', 0.9],
        ['Seizures', '7.5%', 0.075],
        ['Hearing loss', '3 of 4', 0.75],
        ['Aplasia/Hypoplasia of the skin', '25/25', 1],
        ['Migraine', null, null],
      ],
    );
    assert.equal(symptoms.provenance.externalId, 'GARD_0000101_Sec2');
    assert.equal(symptoms.provenance.file, 'medquad/2_GARD_QA/0000101.xml');
    assert.equal(
      symptoms.provenance.license,
      'CC BY 4.0 (MedQuAD); original content from Genetic and Rare Diseases Information Center (GARD)',
    );
    const treatment = await store.getArticle('GARD_0000101_Sec3');
    assert.equal(treatment?.hasAnswer, false);
    assert.equal(treatment?.question, 'How might progressive zephyr atrophy be treated?');
    assert.deepEqual(treatment?.blocks, []);
  });

  void it('keeps CancerGov documents sharing an id apart, with the judged external id', async () => {
    const plain = await store.getArticle('CancerGov_0000003_1_Sec1');
    const suffixed = await store.getArticle('CancerGov_0000003_1_Sec1-2');
    assert.equal(plain?.provenance.externalId, 'CancerGov_0000003_1_Sec1');
    assert.equal(suffixed?.provenance.externalId, 'CancerGov_0000003_1_Sec1');
    assert.equal(suffixed?.provenance.file, 'medquad/1_CancerGov_QA/0000003_1_2.xml');
    assert.equal(plain?.conditionId, suffixed?.conditionId);
    assert.equal(plain?.conditionId, 'RD:example-cancer');
    assert.deepEqual(plain?.blocks[1], {
      type: 'list',
      ordered: false,
      items: [
        'There are different types of treatment.',
        'Some treatments are being tested in clinical trials.',
      ],
    });
  });

  void it('imports drugs and tests as question + link, never with an empty answer to show', async () => {
    const drug = await store.getCondition('RD:examplomab');
    assert.equal(drug?.kind, 'drug');
    const test = await store.getCondition('RD:zephyr-blood-test');
    assert.equal(test?.kind, 'test');
    for (const id of ['MPlusDrugs_0000301_Sec1', 'ADAM_0000401_Sec1']) {
      const a = await store.getArticle(id);
      assert.equal(a?.hasAnswer, false, id);
      assert.deepEqual(a?.blocks, []);
      assert.match(a?.provenance.url ?? '', /^https:\/\/www\.nlm\.nih\.gov\//);
    }
    // "Do you have information about X" says nothing: the canonical question of its type replaces it
    assert.equal((await store.getArticle('ADAM_0000401_Sec1'))?.question, 'What is Zephyr blood test?');
  });

  void it('is idempotent, and versions an article whose source changed', async () => {
    const again = await importKnowledgeBase(store, options(ws.data));
    assert.deepEqual(again.articleChanges, { inserted: 0, updated: 0, unchanged: 14 });
    assert.deepEqual(again.conditionChanges, { inserted: 0, updated: 0, unchanged: 7 });
    assert.equal((await store.listArticleVersions('GHR_0000202_Sec1')).length, 1);

    const file = path.join(ws.data, 'medquad/3_GHR_QA/0000202.xml');
    const xml = await fsp.readFile(file, 'utf8');
    await fsp.writeFile(file, xml.replace('another name used', 'a second name used'));
    const changed = await importKnowledgeBase(store, options(ws.data));
    assert.deepEqual(changed.articleChanges, { inserted: 0, updated: 1, unchanged: 13 });
    const versions = await store.listArticleVersions('GHR_0000202_Sec1');
    assert.deepEqual(
      versions.map((v) => [v.version, v.changedBy]),
      [
        [1, 'test-import'],
        [2, 'test-import'],
      ],
    );
    const article = await store.getArticle('GHR_0000202_Sec1');
    assert.equal(article?.version, 2);
    assert.match(JSON.stringify(article?.blocks), /a second name used/);
  });
});

void describe('import with malformed files', () => {
  void it('reports each with its path and reason, skips it, and imports the rest', async () => {
    const ws = await workspace();
    await fsp.cp(path.join(MALFORMED, '0000109.xml'), path.join(ws.data, 'medquad/2_GARD_QA/0000109.xml'));
    await fsp.cp(path.join(MALFORMED, '0000110.xml'), path.join(ws.data, 'medquad/3_GHR_QA/0000110.xml'));
    const store = await openStore(ws.database);
    try {
      const summary = await importKnowledgeBase(store, options(ws.data));
      assert.deepEqual(
        summary.skipped.map((s) => s.path),
        ['medquad/2_GARD_QA/0000109.xml', 'medquad/3_GHR_QA/0000110.xml'],
      );
      assert.match(summary.skipped[0].reason, /malformed XML at line \d+/);
      assert.match(summary.skipped[1].reason, /not a MedQuAD document/);
      assert.equal(summary.articles, 14);
      assert.equal((await store.stats()).articles, 14);
    } finally {
      await store.close();
      await fsp.rm(ws.dir, { recursive: true, force: true });
    }
  });

  void it('fails with data_unavailable when the data folder has no MedQuAD', async () => {
    const dir = await fsp.mkdtemp(path.join(os.tmpdir(), 'raredesk-empty-'));
    const store = await openStore(path.join(dir, 'kb.sqlite'));
    try {
      await assert.rejects(importKnowledgeBase(store, options(dir)), { code: 'data_unavailable' });
    } finally {
      await store.close();
      await fsp.rm(dir, { recursive: true, force: true });
    }
  });
});

void describe('ensureKnowledgeBase', () => {
  void it('imports into an empty store once, and leaves a filled one alone', async () => {
    const ws = await workspace();
    const store = await openStore(ws.database);
    const stderr = new PassThrough();
    const said: string[] = [];
    stderr.on('data', (c: Buffer) => said.push(c.toString()));
    const config = { ...loadConfig({}), dataDir: ws.data, cacheDir: path.join(ws.dir, 'cache') };
    try {
      const summary = await ensureKnowledgeBase(store, config, { stderr, isTTY: false });
      assert.equal(summary?.articles, 14);
      assert.equal((await store.stats()).articles, 14);
      assert.match(said.join(''), /Imported 7 conditions and 14 articles/);
      assert.equal(await ensureKnowledgeBase(store, config, { stderr, isTTY: false }), null);
    } finally {
      await store.close();
      await fsp.rm(ws.dir, { recursive: true, force: true });
    }
  });
});
