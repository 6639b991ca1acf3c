/**
 * The eighth final set (support/final8-messages.ts): every style, written by someone who had read neither the
 * code nor the earlier sets, following the labeling guide; scored once late in its round (focus 1.000, type F1
 * 0.877) and never tuned on. `npx tsx test/understand/support/score-messages.ts --final8 --verbose` lists the
 * misses.
 */
import { FINAL8_MESSAGES } from './support/final8-messages.js';
import { describeMessageSet } from './support/message-set.js';

describeMessageSet('eighth final set of messages', FINAL8_MESSAGES, 0.84);
