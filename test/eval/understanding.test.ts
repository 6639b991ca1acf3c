/**
 * `raredesk eval understanding`'s scoring (src/eval/understanding.ts) on three questions of our own, made up for
 * this test in LiveQA's annotation format: one focus found, one missed with no focus of ours at all, one missed
 * while another condition was found.
 */
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { formatReport, scoreUnderstanding } from '../../src/eval/understanding.js';
import type { UnderstandingReport } from '../../src/eval/understanding.js';
import type { LiveQaQuestion } from '../../src/eval/liveqa-data.js';
import { openTestUnderstanding } from '../support/understanding.js';

function question(
  id: string,
  message: string,
  focus: string,
  category: string,
  types: LiveQaQuestion['types'],
): LiveQaQuestion {
  return {
    id,
    subject: '',
    message,
    paraphrase: null,
    foci: [{ text: focus, category }],
    types,
    sourceTypes: [],
  };
}

const QUESTIONS: LiveQaQuestion[] = [
  // Named plainly: found, and the type is right.
  question('A1', 'What causes cystic fibrosis?', 'cystic fibrosis', 'Problem', ['cause']),
  // Nothing in the message names a condition or medicine: a miss with no focus of ours.
  question('A2', 'Can I take two of these pills at once?', 'metformin', 'DrugSupplement', ['drug_usage']),
  // Another condition is named than the annotated one: a miss with others found.
  question('A3', 'How is asthma treated?', 'psoriasis', 'Problem', ['treatment']),
];

void describe('eval understanding: scoring', () => {
  let report: UnderstandingReport;
  before(async () => {
    report = scoreUnderstanding(await openTestUnderstanding(), QUESTIONS);
  });

  void it('counts the first annotated focus found', () => {
    assert.equal(report.questions, 3);
    assert.equal(report.focusAccuracy, 1 / 3);
  });

  void it('splits the focus misses by category, and by whether we found any focus', () => {
    assert.deepEqual(report.perCategory, [
      { category: 'Problem', questions: 2, found: 1, missedWithNoFocus: 0 },
      { category: 'DrugSupplement', questions: 1, found: 0, missedWithNoFocus: 1 },
    ]);
    const table = formatReport(report);
    assert.match(table, /\| Problem \| 2 \| 1 \| 0\.500 \| 0 \| 1 \|/);
    assert.match(table, /\| DrugSupplement \| 1 \| 0 \| 0\.000 \| 1 \| 0 \|/);
  });

  void it('scores the types of each question', () => {
    const cause = report.perType.find((t) => t.type === 'cause');
    assert.equal(cause?.tp, 1);
    const treatment = report.perType.find((t) => t.type === 'treatment');
    assert.equal(treatment?.tp, 1);
  });
});
