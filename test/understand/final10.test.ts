/**
 * The tenth final set (support/final10-messages.ts): every style, written by someone who had read neither the
 * code nor the earlier sets, following the labeling guide; scored once early in its round (focus 1.000,
 * type F1 0.786) and never tuned on. `npx tsx test/understand/support/score-messages.ts --final10 --verbose` lists the misses.
 */
import { FINAL10_MESSAGES } from './support/final10-messages.js';
import { describeMessageSet } from './support/message-set.js';

describeMessageSet('final set of messages (tenth)', FINAL10_MESSAGES, 0.74);
