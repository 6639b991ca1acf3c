/**
 * The seventh final set (support/final7-messages.ts): every style, written by someone who had read neither the
 * code nor the earlier sets, following the labeling guide; scored once at the start of its round (focus 1.000,
 * type F1 0.737) and never tuned on. `npx tsx test/understand/support/score-messages.ts --final7 --verbose`
 * lists the misses.
 */
import { FINAL7_MESSAGES } from './support/final7-messages.js';
import { describeMessageSet } from './support/message-set.js';

describeMessageSet('seventh final set of messages', FINAL7_MESSAGES, 0.7);
