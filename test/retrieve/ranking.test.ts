/**
 * Ranking over the real knowledge base: small hand-picked sets, each with the expected winner and
 * why it should win. Plus the confidence threshold: off-topic questions get no answer.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { App } from '../../src/app.js';
import { openTestApp } from '../support/app.js';
import { DEV_SET } from './dev-set.js';

let app: App;
before(async () => {
  app = await openTestApp();
});
after(async () => {
  await app.close();
});

/** The best-ranked article for a message, with its condition's name. */
function top(message: string, subject?: string) {
  const [best] = app.search(message, { subject, k: 5 });
  assert.ok(best, `no result for "${message}"`);
  const header = app.articleHeader(best.articleId);
  assert.ok(header, `${best.articleId} is in the index`);
  return { ...best, header, name: app.conditionName(best.conditionId) ?? '' };
}

const RANKING_CASES: Array<{ message: string; type: string; name: RegExp; why: string }> = [
  {
    message: 'What are the side effects of metformin?',
    type: 'side_effects',
    name: /metformin/i,
    why: 'the drug is named and MedlinePlus Drugs has its side-effects section: focus and type both match',
  },
  {
    message: 'Is Marfan syndrome inherited? My husband has it and we want children.',
    type: 'inheritance',
    name: /marfan/i,
    why: 'focus by name, and "inherited" asks the inheritance question that GHR/GARD answer',
  },
  {
    message: 'What are the symptoms of Aarskog-Scott syndrome?',
    type: 'symptoms',
    name: /aarskog/i,
    why: 'the new question restates an answered one word for word (question-to-question match)',
  },
  {
    message: 'How is Parry-Romberg syndrome treated?',
    type: 'treatment',
    name: /hemiatrophy|hemifacial|romberg/i,
    why: 'Parry-Romberg is a synonym of progressive hemifacial atrophy: the synonym finds the condition',
  },
  {
    message: 'What causes cystic fibrosis?',
    type: 'cause',
    name: /cystic fibrosis/i,
    why: 'cause question about a condition with a cause/genetic-changes article: the cause type outranks the overview',
  },
  {
    message:
      'I have GERD and I am tired of taking pills every day. Is there a natural way to fix it for good?',
    type: 'treatment',
    name: /gastroesophageal reflux/i,
    why: 'MedlinePlus\'s "GERD" topic has only a summary; the encyclopedia\'s "Gastroesophageal reflux disease" lists GERD among its names and has the treatment section: the other record of the same condition fills the gap',
  },
  {
    message: 'My daughter was told she has PCOS. How do doctors treat it?',
    type: 'treatment',
    name: /polycystic ovary syndrome/i,
    why: 'GARD\'s "Polycystic ovarian syndrome" has no treatment section; the encyclopedia\'s "Polycystic Ovary Syndrome" is also called PCOS, the word the person wrote, and the two preferred names share their words: it fills the gap',
  },
  {
    message:
      'Dear sir, my mother is 78 and has trigeminal neuralgia. The attacks come when she eats. What can be done for the pain?',
    type: 'treatment',
    name: /trigeminal neuralgia/i,
    why: '"the pain" is an everyday word in a question about the named condition: the question is still about trigeminal neuralgia',
  },
  {
    message: 'Which gene causes Marfan syndrome, and what does that gene normally do?',
    type: 'genetic_changes',
    name: /marfan/i,
    why: 'typed genetic_changes: the genetics article answers it although its wording ("genetic changes related to") is not the question\'s, while "What causes Marfan syndrome?" shares the word "causes"',
  },
  {
    message: 'Is there any cure for Wilson disease? My cousin was diagnosed last year.',
    type: 'treatment',
    name: /wilson/i,
    why: '"cure" is a treatment question in other words: the treatment article wins although no word of its question is in the message',
  },
];

for (const c of RANKING_CASES) {
  void test(`ranking: "${c.message}" → ${c.type} article about ${c.name.source}`, () => {
    const best = top(c.message);
    assert.equal(best.type, c.type, `${c.why}; got ${best.articleId} (${best.question})`);
    assert.match(best.name, c.name, c.why);
    assert.equal(best.reasons.focusMatched, true);
    assert.equal(best.reasons.typeMatched, true);
    assert.ok(best.reasons.terms.length > 0, 'the matched terms are reported');
  });
}

void test('ranking: without an article of the asked type, a neighbouring type outranks the overview', () => {
  // Moebius syndrome has no cause article. GHR's "What are the genetic changes related to Moebius
  // syndrome?" speaks to the cause, while "What is Moebius syndrome?" only names the condition.
  const best = top('What causes Moebius syndrome?');
  assert.equal(best.type, 'genetic_changes', `got ${best.articleId} (${best.question})`);
  assert.match(best.name, /oromandibular|moebius/i);
  assert.equal(best.reasons.typeMatched, false, 'a neighbouring type is not reported as the asked one');
});

void test('ranking: the subject line names the condition when the message does not', () => {
  // "this condition" refers to the subject; the treatment article of that condition must win.
  const best = top('How is this condition treated?', 'Marfan syndrome');
  assert.equal(best.type, 'treatment');
  assert.match(best.name, /marfan/i);
});

void test('ranking: a question in British spelling finds what its American spelling finds', () => {
  // The U.S. sources write "leukemia", "esophageal", "tumor"; British readers write them otherwise.
  const pairs = [
    ['How is leukaemia in children treated?', 'How is leukemia in children treated?'],
    ['What causes oesophageal cancer?', 'What causes esophageal cancer?'],
    ['Is coeliac disease inherited?', 'Is celiac disease inherited?'],
  ];
  for (const [british, american] of pairs) {
    const b = top(british);
    assert.equal(b.articleId, top(american).articleId, british);
    assert.equal(b.reasons.focusMatched, true, british);
  }
});

const OFF_TOPIC = [
  'How do I fix a flat tire on my bicycle?',
  'What is the best recipe for chocolate chip cookies?',
  'Can you tell me the opening hours of the library?',
];

for (const message of OFF_TOPIC) {
  void test(`threshold: "${message}" gets no curated answer`, async () => {
    const letter = await app.answer(message);
    assert.ok(letter.sections.length > 0);
    for (const s of letter.sections) {
      // An unrelated question must be flagged for a specialist, never answered with an unrelated article.
      assert.ok(s.flags.includes('no_answer'), `section "${s.heading}" flags: ${s.flags.join(',')}`);
      assert.deepEqual(s.articleIds, []);
    }
    assert.equal(letter.needsReview, true);
  });
}

void test('dev set: our own consumer-style questions get an expected article first at least 4 times in 5', () => {
  // The weights were tuned on this set (P@1 0.85 when they were set); a ranking change that breaks
  // focus, type or question matching for ordinary questions drops it well below 0.8.
  const externalId = (id: string) => app.articleHeader(id)?.externalId ?? id;
  const right = DEV_SET.filter((c) => {
    const [best] = app.search(c.text, { subject: c.subject, k: 1 });
    return best !== undefined && c.expected.includes(externalId(best.articleId));
  });
  assert.ok(right.length >= 0.8 * DEV_SET.length, `${right.length} of ${DEV_SET.length} right`);
});
