/**
 * The sixth final set (support/final6-messages.ts): every style, written by someone who had read neither the
 * code nor the earlier sets, following the labeling guide; scored once at the end of its round (focus 0.975,
 * type F1 0.811) and never tuned on. `npx tsx test/understand/support/score-messages.ts --final6 --verbose`
 * lists the misses.
 */
import { FINAL6_MESSAGES } from './support/final6-messages.js';
import { describeMessageSet } from './support/message-set.js';

describeMessageSet('sixth final set of messages', FINAL6_MESSAGES, 0.77);
