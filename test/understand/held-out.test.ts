/**
 * The held-out consumer messages (support/held-out-messages.ts): written before the treatment and
 * association rules and training questions they measure, and never trained on. Aggregate floors (set below
 * the scores they reached, to leave room for changes elsewhere), so a change that loses the indirect
 * treatment questions or the associations fails here;
 * `npx tsx test/understand/support/score-messages.ts --held-out --verbose` lists the misses.
 */
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { HELD_OUT_MESSAGES } from './support/held-out-messages.js';
import { describeMessageSet } from './support/message-set.js';
import type { MessageScore } from './support/score-messages.js';

/** Recall of one type: the messages asking it that were typed with it. */
function recall(score: MessageScore, type: string): number {
  const c = score.perType.get(type) ?? { tp: 0, fp: 0, fn: 0 };
  return c.tp / Math.max(1, c.tp + c.fn);
}

describeMessageSet('held-out consumer messages', HELD_OUT_MESSAGES, 0.8, (score) => {
  void it('recognizes treatment asked for indirectly in at least 85% of the messages asking it', () => {
    const r = recall(score(), 'treatment');
    assert.ok(r >= 0.85, `treatment recall ${r}`);
  });
  void it('recognizes an association in at least 75% of the messages asking one', () => {
    const r = recall(score(), 'association');
    assert.ok(r >= 0.75, `association recall ${r}`);
  });
});
