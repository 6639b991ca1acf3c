/**
 * The fourth final set (support/final4-messages.ts): every style, written by someone who had read neither the
 * code nor the earlier sets, scored once at the end of its round (focus 1.000, type F1 0.842) and never tuned
 * on. `npx tsx test/understand/support/score-messages.ts --final4 --verbose` lists the misses.
 */
import { FINAL4_MESSAGES } from './support/final4-messages.js';
import { describeMessageSet } from './support/message-set.js';

describeMessageSet('fourth final set of messages', FINAL4_MESSAGES, 0.8);
