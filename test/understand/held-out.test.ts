/**
 * The held-out consumer messages (support/held-out-messages.ts): written before the treatment and
 * association rules and training questions they measure, and never trained or tuned on. Aggregate floors
 * (set below the scores they reached, to leave room for changes elsewhere), so a change that loses the
 * indirect treatment questions or the associations fails here;
 * `npx tsx test/understand/support/score-messages.ts --held-out --verbose` lists the misses.
 */
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { openTestUnderstanding } from '../support/understanding.js';
import { HELD_OUT_MESSAGES } from './support/held-out-messages.js';
import { scoreMessages, type MessageScore } from './support/score-messages.js';

let score: MessageScore;

before(async () => {
  score = scoreMessages(await openTestUnderstanding(), undefined, HELD_OUT_MESSAGES);
});

/** Recall of one type: the messages asking it that were typed with it. */
function recall(type: string): number {
  const c = score.perType.get(type) ?? { tp: 0, fp: 0, fn: 0 };
  return c.tp / Math.max(1, c.tp + c.fn);
}

void describe('held-out consumer messages', () => {
  void it('has at least 40 messages', () => {
    assert.ok(HELD_OUT_MESSAGES.length >= 40);
  });
  void it('finds the condition asked about in at least 90% of them', () => {
    assert.ok(score.focus >= 0.9, `focus ${score.focus}`);
  });
  void it('types them with micro-F1 of at least 0.8', () => {
    assert.ok(score.f1 >= 0.8, `P ${score.precision} R ${score.recall} F1 ${score.f1}`);
  });
  void it('recognizes treatment asked for indirectly in at least 85% of the messages asking it', () => {
    assert.ok(recall('treatment') >= 0.85, `treatment recall ${recall('treatment')}`);
  });
  void it('recognizes an association in at least 75% of the messages asking one', () => {
    assert.ok(recall('association') >= 0.75, `association recall ${recall('association')}`);
  });
});
