/**
 * The floors every set of consumer messages is held to in the tests: at least 40 messages, the condition
 * asked about found in at least 90% of them, and a type micro-F1 floor of the set's own (set below the score
 * it reached, to leave room for changes elsewhere). A set whose writer asked about medicines the knowledge
 * base does not hold, or named subtypes where the knowledge base files a broader name, gives its own focus
 * floor too (`{ f1, focus }`), and says why in its header. `more`
 * adds tests of the set's own on its score.
 */
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { openTestUnderstanding } from '../../support/understanding.js';
import type { ConsumerMessage } from './consumer-messages.js';
import { scoreMessages, type MessageScore } from './score-messages.js';

export function describeMessageSet(
  name: string,
  messages: ConsumerMessage[],
  floors: number | { f1: number; focus: number },
  more?: (score: () => MessageScore) => void,
): void {
  const { f1: minF1, focus: minFocus } = typeof floors === 'number' ? { f1: floors, focus: 0.9 } : floors;
  let score: MessageScore;
  before(async () => {
    score = scoreMessages(await openTestUnderstanding(), undefined, messages);
  });
  void describe(name, () => {
    void it('has at least 40 messages', () => {
      assert.ok(messages.length >= 40);
    });
    void it(`finds the condition asked about in at least ${Math.round(minFocus * 100)}% of them`, () => {
      assert.ok(score.focus >= minFocus, `focus ${score.focus}`);
    });
    void it(`types them with micro-F1 of at least ${minF1}`, () => {
      assert.ok(score.f1 >= minF1, `P ${score.precision} R ${score.recall} F1 ${score.f1}`);
    });
    more?.(() => score);
  });
}
