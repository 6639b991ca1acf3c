/** The pure pieces of retrieval: text normalization, BM25, and the combined score's features. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  Bm25Index,
  DEFAULT_PARAMS,
  calibrateThreshold,
  combinedScore,
  fuseRankings,
  messageScore,
  namedSentenceScore,
  q2qScore,
  sentenceScore,
  stem,
  terms,
  textScore,
  typeScore,
  typeTemplates,
  words,
} from '../../src/retrieve/index.js';

void test('terms: stop-words dropped, inflections meet at one stem', () => {
  assert.deepEqual(terms('How is it treated?'), terms('What are the treatments?'));
  // Latin and Greek endings are left alone: "diagnosis" must not become "diagnosi".
  assert.equal(stem('diagnosis'), 'diagnosis');
  assert.equal(stem('diseases'), 'disease');
  // Apostrophes are dropped, so the possessive and the plain form meet.
  assert.deepEqual(terms("Crohn's disease"), terms('Crohns disease'));
});

void test('BM25: the document with the rarer matching term wins; unknown terms match nothing', () => {
  const ids = new Map<string, number>();
  const toIds = (text: string) => terms(text).map((t) => ids.get(t) ?? (ids.set(t, ids.size), ids.size - 1));
  const docs = ['marfan syndrome heart', 'down syndrome heart', 'syndrome syndrome syndrome'].map((text) => ({
    body: toIds(text),
  }));
  const index = new Bm25Index(['body'] as const, docs, ids.size, {
    k1: 1.2,
    fields: { body: { weight: 1, b: 0.75 } },
  });
  const hits = index.search(toIds('marfan syndrome'), 3);
  // "marfan" occurs in one document only, so that document must come first.
  assert.equal(hits[0].doc, 0);
  assert.ok(hits[0].score > hits[1].score);
  assert.equal(index.idf(-1), 0);
  // The ratio to the query's maximum is a share in [0, 1].
  const share = textScore(hits[0].score, index.maxScore(toIds('marfan syndrome')));
  assert.ok(share > 0 && share < 1);
});

void test('type feature: exact match 1, neighbours in between, general information as a fallback', () => {
  assert.equal(typeScore('treatment', 'treatment'), 1);
  const neighbour = typeScore('cause', 'genetic_changes');
  assert.ok(neighbour > 0 && neighbour < 1);
  assert.ok(typeScore('treatment', 'information') > 0);
  assert.equal(typeScore('treatment', 'frequency'), 0);
  assert.equal(typeScore(null, 'treatment'), 0);
});

void test('q2q: a question that contains everything an answered question asks entails it', () => {
  const idf = () => 1;
  const has = (text: string) => (t: string) => terms(text).includes(t);
  const answered = terms('What are the treatments for Marfan syndrome?');
  assert.equal(q2qScore(answered, has('My son has Marfan syndrome; how is it treated?'), idf), 1);
  assert.ok(q2qScore(answered, has('What causes Marfan syndrome?'), idf) < 1);
});

void test('q2q with the focus as placeholder: the condition name is not what is asked', () => {
  const idf = () => 1;
  const has = (text: string) => (t: string) => terms(text).includes(t);
  const focus = new Set(terms('Marfan syndrome'));
  // "treatments" is the only asked term once the name is a placeholder: a cause question does not entail it.
  const treatment = terms('What are the treatments for Marfan syndrome?');
  assert.equal(q2qScore(treatment, has('What causes Marfan syndrome?'), idf, focus), 0);
  assert.equal(q2qScore(treatment, has('how is it treated?'), idf, focus), 1);
  // "What is X?" asks nothing but its focus: neutral 0.5 when the focus matches; without a focus
  // match the name is what is asked, and a question naming it contains it all.
  const what = terms('What is Marfan syndrome?');
  assert.equal(q2qScore(what, has('Marfan syndrome causes?'), idf, focus), 0.5);
  assert.equal(q2qScore(what, has('Marfan syndrome causes?'), idf), 1);
  assert.equal(q2qScore(what, has('How is it treated?'), idf), 0);
});

void test('q2q with the type as placeholder: an article of the asked type is not asked in its own words', () => {
  const idf = () => 1;
  const has = (text: string) => (t: string) => terms(text).includes(t);
  const focus = new Set(terms('Marfan syndrome'));
  const asked = has('Which gene causes Marfan syndrome?');
  // Without the placeholder the cause article's wording wins: "causes" is in the question, "genetic
  // changes related to" is not.
  const genetic = terms('What are the genetic changes related to Marfan syndrome?');
  const cause = terms('What causes Marfan syndrome?');
  assert.equal(q2qScore(genetic, asked, idf, focus), 0);
  assert.equal(q2qScore(cause, asked, idf, focus), 1);
  // The question was typed genetic_changes: that type's usual words count as asked.
  const templates = new Set(terms('genetic changes related'));
  assert.equal(q2qScore(genetic, asked, idf, focus, templates), 1);
  // Words beyond the template still have to be in the question.
  const beyond = terms('What are the genetic changes related to Marfan syndrome in the heart?');
  assert.equal(q2qScore(beyond, asked, idf, focus, templates), 0.75);
  // An article of a neighbouring type gets its template in the share its type answers the question.
  assert.equal(q2qScore(genetic, has('Why does Marfan syndrome happen?'), idf, focus, templates, 0.6), 0.6);
});

void test("type templates: the words in a type's questions besides their condition's names", () => {
  const article = (type: 'treatment' | 'cause', question: string, name: string) => ({
    type,
    questionTerms: terms(question),
    nameTerms: new Set(terms(name)),
  });
  const templates = typeTemplates(
    [
      article('treatment', 'What are the treatments for Marfan syndrome?', 'Marfan syndrome'),
      article('treatment', 'What are the treatments for Alport syndrome?', 'Alport syndrome'),
      article('treatment', 'How to treat hearing loss in Alport syndrome?', 'Alport syndrome'),
      article('cause', 'What causes Marfan syndrome?', 'Marfan syndrome'),
    ],
    0.5,
  );
  // "treat" is in all three treatment questions; "syndrome" is a condition's name, not the type's wording;
  // "hearing" and "loss" are in one of three only
  assert.deepEqual([...(templates.get('treatment') ?? [])], ['treat']);
  assert.deepEqual([...(templates.get('cause') ?? [])], ['cause']);
});

void test('rank fusion: an item high in both lists beats one that tops only one', () => {
  const [a, b, c] = [0, 1, 2];
  const fused = fuseRankings(
    [
      [a, b, c],
      [c, b, a],
    ],
    3,
    10,
    [1, 1],
  );
  // A and C are first in one list and last in the other: 1/11 + 1/13 ≈ 0.168 > B's 2 × 1/12 ≈ 0.167
  // (reciprocal ranks favour a first place); A and C tie.
  assert.equal(fused[a], fused[c]);
  assert.ok(fused[a] > fused[b]);
  // With the second list weighted 0, the first list's order is kept.
  const first = fuseRankings(
    [
      [a, b, c],
      [c, b, a],
    ],
    3,
    10,
    [1, 0],
  );
  assert.ok(first[a] > first[b] && first[b] > first[c]);
});

void test('combined score: weights sum to 1, so a perfect match scores 1', () => {
  const w = DEFAULT_PARAMS.weights;
  assert.equal(Math.round((w.focus + w.type + w.q2q + w.text) * 1000) / 1000, 1);
  assert.equal(combinedScore({ focus: 1, type: 1, q2q: 1, text: 1 }, DEFAULT_PARAMS), 1);
  assert.equal(combinedScore({ focus: 0, type: 0, q2q: 0, text: 0 }, DEFAULT_PARAMS), 0);
});

void test("message score: a sure sub-question's article leads an unsure one's of the same score", () => {
  const w = DEFAULT_PARAMS.subquestionConfidence;
  assert.ok(messageScore(0.7, 0.95, w) > messageScore(0.7, 0.5, w));
  // with weight 0 the score alone decides; a fully sure sub-question keeps its score
  assert.equal(messageScore(0.7, 0.2, 0), 0.7);
  assert.equal(messageScore(0.7, 1, w), 0.7);
});

void test('association evidence: only sentences naming the other condition count', () => {
  const query = new Set(['kidney', 'lupu']);
  const kidneyDisease = ['kidney', 'diseas'];
  assert.equal(namedSentenceScore([kidneyDisease], ['third', 'kidney', 'diseas'], query), 1.5);
  assert.equal(
    namedSentenceScore([kidneyDisease], ['third', 'kidney'], query),
    0,
    'half a name is not the name',
  );
  assert.equal(namedSentenceScore([], ['third', 'peopl'], query), 0);
});

void test('sentence evidence: only sentences with a cue of the asked type count', () => {
  const query = new Set(terms('How is it treated?'));
  const s1 = 'Treatment may involve reconstructive or microvascular surgery.';
  const s2 = 'This condition tends to begin in childhood.';
  assert.ok(sentenceScore(words(s1), 'treatment', terms(s1), query) > 0);
  assert.equal(sentenceScore(words(s2), 'treatment', terms(s2), query), 0);
});

void test('threshold calibration: least cost, and how far up the same cost reaches', () => {
  // Two answerable questions answered right at 0.9 and 0.8, one answered wrongly at 0.6 and an
  // off-topic one at 0.5: thresholds above 0.6 and up to 0.8 answer both right ones and nothing else.
  const cases = [
    { text: 'a', expected: ['A'], top: { articleId: 'A', score: 0.9 } },
    { text: 'b', expected: ['B'], top: { articleId: 'B', score: 0.8 } },
    { text: 'c', expected: ['C'], top: { articleId: 'X', score: 0.6 } },
    { text: 'd', expected: [], top: { articleId: 'Y', score: 0.5 } },
  ];
  const result = calibrateThreshold(cases, (c) => {
    const top = cases.find((x) => x.text === c.text)!.top;
    return {
      ...top,
      type: 'treatment',
      conditionId: 'GARD:1',
      question: '',
      reasons: { focusMatched: true, typeMatched: true, terms: [] },
    };
  });
  assert.equal(result.threshold, 0.61);
  assert.equal(result.bestUpTo, 0.8);
  assert.deepEqual(
    [result.answeredRight, result.answeredWrong, result.falseAnswers, result.missed],
    [2, 0, 0, 1],
  );
});
