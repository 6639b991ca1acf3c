/**
 * The eleventh final set (support/final11-messages.ts): every style, written by someone who had read neither the
 * code nor the earlier sets, following the labeling guide; scored once a third of the way into its round (focus 1.000, type F1
 * 0.859) and never tuned on. `npx tsx test/understand/support/score-messages.ts --final11 --verbose` lists the misses.
 */
import { FINAL11_MESSAGES } from './support/final11-messages.js';
import { describeMessageSet } from './support/message-set.js';

describeMessageSet('final set of messages (eleventh)', FINAL11_MESSAGES, 0.81);
