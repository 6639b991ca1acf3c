/**
 * The final35 set (support/final35-messages.ts): messages in every style: short questions, long messages with
 * background, lists of questions, typos and no punctuation, non-native English, medicines, subject lines.
 * Written by someone who had read neither the code nor the earlier sets, following the labeling guide; scored
 * once, at the end of its round, after its last change (focus 1.000, type F1 0.904). `npx tsx
 * test/understand/support/score-messages.ts --final35 --verbose` lists the misses.
 */
import { FINAL35_MESSAGES } from './support/final35-messages.js';
import { describeMessageSet } from './support/message-set.js';

describeMessageSet('every style, never tuned on (final35)', FINAL35_MESSAGES, 0.86);
