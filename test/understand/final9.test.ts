/**
 * The ninth final set (support/final9-messages.ts): every style, written by someone who had read neither the
 * code nor the earlier sets, following the labeling guide; scored once late in its round (focus 1.000, type F1
 * 0.807) and never tuned on. `npx tsx test/understand/support/score-messages.ts --final9 --verbose` lists the
 * misses.
 */
import { FINAL9_MESSAGES } from './support/final9-messages.js';
import { describeMessageSet } from './support/message-set.js';

describeMessageSet('ninth final set of messages', FINAL9_MESSAGES, 0.77);
