/**
 * The third final set (support/final3-messages.ts): every style, written by someone who had read neither the
 * code nor the earlier sets, scored once after this round's changes (focus 1.000, type F1 0.779) and never
 * tuned on. `npx tsx test/understand/support/score-messages.ts --final3 --verbose` lists the misses.
 */
import { FINAL3_MESSAGES } from './support/final3-messages.js';
import { describeMessageSet } from './support/message-set.js';

describeMessageSet('third final set of messages', FINAL3_MESSAGES, 0.75);
