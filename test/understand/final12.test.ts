/**
 * The twelfth final set (support/final12-messages.ts): every style, written by someone who had read neither the
 * code nor the earlier sets, following the labeling guide; scored once at the end of its round, after the
 * round's last change to the understanding stage (focus 1.000, type F1 0.837), and never tuned on. `npx tsx
 * test/understand/support/score-messages.ts --final12 --verbose` lists the misses.
 */
import { FINAL12_MESSAGES } from './support/final12-messages.js';
import { describeMessageSet } from './support/message-set.js';

describeMessageSet('final set of messages (twelfth)', FINAL12_MESSAGES, 0.79);
