/**
 * The final43 set (support/final43-messages.ts): messages in every style: short questions, long messages with
 * background, lists of questions, typos and no punctuation, non-native English, medicines, subject lines.
 * Written by someone who had read neither the code nor the earlier sets, following the labeling guide; scored
 * once, at the end of its round, after its last change (focus 0.975, type F1 0.950). `npx tsx
 * test/understand/support/score-messages.ts --final43 --verbose` lists the misses.
 */
import { FINAL43_MESSAGES } from './support/final43-messages.js';
import { describeMessageSet } from './support/message-set.js';

describeMessageSet('every style, never tuned on (final43)', FINAL43_MESSAGES, 0.91);
