/**
 * Long, informal consumer messages written for this test (support/consumer-messages.ts: story, several
 * questions, misspellings, brand names). Aggregate floors, so a change that makes understanding of such
 * messages clearly worse fails here; `npx tsx test/understand/support/score-messages.ts --verbose`
 * lists the misses.
 */
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { openTestUnderstanding } from '../support/understanding.js';
import { scoreMessages, type MessageScore } from './support/score-messages.js';

let score: MessageScore;

before(async () => {
  score = scoreMessages(await openTestUnderstanding());
});

void describe('consumer messages', () => {
  void it('finds the condition or drug asked about in at least 90% of them', () => {
    assert.ok(score.focus >= 0.9, JSON.stringify(score));
  });
  void it('types them with micro-F1 of at least 0.65', () => {
    assert.ok(score.f1 >= 0.65, JSON.stringify(score));
  });
});
