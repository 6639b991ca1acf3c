/**
 * The two public searches: conditions by name (typo-tolerant) and conditions by symptoms described
 * in plain words. Small hand-picked cases over the real knowledge base, each with why it is expected;
 * plus the pure pieces (splitting, lay terms, match strength, frequency weight).
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { App } from '../../src/app.js';
import { oneLineSummary, phraseReadings, splitSymptoms, SYMPTOM_PARAMS } from '../../src/retrieve/index.js';
import { contentTokens, frequencyWeight, matchStrength } from '../../src/retrieve/symptoms.js';
import { openTestApp } from '../support/app.js';

let app: App;
before(async () => {
  app = await openTestApp();
});
after(async () => {
  await app.close();
});

void describe('symptom text', () => {
  void test('splits a description into symptom phrases', () => {
    assert.deepEqual(splitSymptoms('Seizures, and one side of the face is shrinking.\nHeadaches; tired'), [
      'Seizures',
      'one side of the face is shrinking',
      'Headaches',
      'tired',
    ]);
    assert.deepEqual(splitSymptoms('  , and . '), [], 'nothing but separators');
  });

  void test('lay words are read in the ontology’s words too', () => {
    const readings = (phrase: string) => phraseReadings(phrase).map((r) => r.tokens.join(' '));
    assert.ok(readings('my son has fits').includes('seizure'));
    assert.ok(readings('one side of the face is shrinking').includes('hemifacial atrophy'));
    assert.ok(readings('he is short for his age').includes('short stature'));
    assert.deepEqual(readings('Seizures'), ['seizure'], 'ontology words need no restating');
  });

  void test('match strength: every phenotype word mentioned, or a part of a longer name, or nothing', () => {
    const tokens = (t: string) => contentTokens(t);
    assert.equal(matchStrength(tokens('frequent seizures'), tokens('Seizures')), SYMPTOM_PARAMS.fullMatch);
    assert.equal(matchStrength(tokens('seizures'), tokens('Focal seizures')), SYMPTOM_PARAMS.partialMatch);
    assert.equal(
      matchStrength(tokens('seizures'), tokens('Generalized tonic clonic seizures with fever')),
      0,
    );
    assert.equal(matchStrength(tokens('headache'), tokens('Seizures')), 0);
  });

  void test('frequency weight grows with how often a symptom is seen; unknown counts as about half', () => {
    assert.ok(frequencyWeight(0.9) > frequencyWeight(0.5));
    assert.ok(frequencyWeight(0.5) > frequencyWeight(0.075));
    assert.equal(frequencyWeight(null), SYMPTOM_PARAMS.unknownFrequencyWeight);
  });
});

/** Ids of the first `k` symptom-search results. */
async function topSymptoms(text: string, k: number): Promise<string[]> {
  return (await app.searchSymptoms(text, k)).map((m) => m.condition.id);
}

void describe('symptom search (real knowledge base)', () => {
  const cases: Array<{ text: string; expected: string; within: number; why: string }> = [
    {
      text: 'seizures, one side of the face is shrinking',
      expected: 'GARD:7338',
      within: 3,
      why: 'GARD 7338 lists Hemifacial atrophy (rare, so specific) and Seizures (50%)',
    },
    {
      text: 'one side of the face is shrinking',
      expected: 'GARD:7338',
      within: 5,
      why: 'the lay phrase restates as "hemifacial atrophy", listed by very few conditions',
    },
    {
      text: 'white patch of hair, deaf, different coloured eyes',
      expected: 'GARD:5525',
      within: 1,
      why: 'Waardenburg syndrome: white forelock, hearing impairment, heterochromia iridis, each 90%',
    },
    {
      text: 'droopy eyelids, weak muscles, trouble swallowing',
      expected: 'GARD:7245',
      within: 3,
      why: 'oculopharyngeal muscular dystrophy: ptosis 90%, muscle weakness, dysphagia',
    },
  ];
  for (const c of cases) {
    void test(`"${c.text}" → ${c.expected} in the first ${c.within} (${c.why})`, async () => {
      const top = await topSymptoms(c.text, c.within);
      assert.ok(top.includes(c.expected), `got ${top.join(', ')}`);
    });
  }

  void test('"stretchy skin, loose joints, bruises easily" → an Ehlers-Danlos syndrome first', async () => {
    // hyperextensible skin, joint hypermobility and bruising are the hallmarks of the EDS family
    const [first] = await app.searchSymptoms('stretchy skin, loose joints, bruises easily', 1);
    assert.match(first?.condition.preferredName ?? '', /Ehlers-Danlos/i);
  });

  void test('results are explained: each phrase, the row it matched and how often it occurs', async () => {
    const hit = (await app.searchSymptoms('seizures, one side of the face is shrinking', 10)).find(
      (m) => m.condition.id === 'GARD:7338',
    );
    assert.ok(hit);
    assert.deepEqual(hit.matched, [
      { query: 'seizures', phenotype: 'Seizures', frequency: '50%' },
      { query: 'one side of the face is shrinking', phenotype: 'Hemifacial atrophy', frequency: null },
    ]);
    assert.deepEqual(hit.unmatched, []);
  });

  void test('a vague word alone matches a whole phenotype, not a rarer one that contains it', async () => {
    // "fits" → "Seizures" (full match); "Dialeptic seizures" must not win on rarity alone
    const [first] = await app.searchSymptoms('fits', 1);
    assert.equal(first?.matched[0]?.phenotype, 'Seizures');
  });

  void test('words that name no symptom find nothing', async () => {
    assert.deepEqual(await app.searchSymptoms('xyzzy plugh', 10), []);
    assert.deepEqual(await app.searchSymptoms('', 10), []);
  });
});

void describe('condition name search (real knowledge base)', () => {
  void test('a misspelled eponym finds the condition, with the name that matched and a summary', async () => {
    // "parry romburg": Parry-Romberg syndrome is a name of GARD 7338 (one letter off)
    const [hit] = await app.searchConditions('parry romburg', 5);
    assert.equal(hit?.condition.id, 'GARD:7338');
    assert.match(hit.matchedName, /Parry-Romberg/);
    assert.match(hit.summary ?? '', /half of the face\.$/);
  });

  void test('a condition id finds the condition itself', async () => {
    for (const q of ['GARD:7338', 'gard: 7338'])
      assert.equal((await app.searchConditions(q, 3))[0]?.condition.id, 'GARD:7338', q);
  });

  void test('misspelled words in a long name', async () => {
    // "duchene muscular distrophy" → Duchenne muscular dystrophy (GARD 6291)
    assert.equal((await app.searchConditions('duchene muscular distrophy', 3))[0]?.condition.id, 'GARD:6291');
  });

  void test('one hit per condition, at most `limit`, none for an empty query', async () => {
    const hits = await app.searchConditions('syndrome', 7);
    assert.equal(hits.length, 7);
    assert.equal(new Set(hits.map((h) => h.condition.id)).size, 7);
    assert.deepEqual(await app.searchConditions('   ', 5), []);
  });

  void test('one-line summaries end at the first sentence or are cut at a word', () => {
    assert.equal(oneLineSummary('First sentence. Second one.'), 'First sentence.');
    const long = oneLineSummary(`${'word '.repeat(80)}end.`) ?? '';
    assert.ok(long.length <= 201 && long.endsWith('…'), long);
    assert.equal(oneLineSummary('  '), null);
  });
});
