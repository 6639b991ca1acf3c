/**
 * The final38 set (support/final38-messages.ts): messages in every style: short questions, long messages with
 * background, lists of questions, typos and no punctuation, non-native English, medicines, subject lines.
 * Written by someone who had read neither the code nor the earlier sets, following the labeling guide; scored
 * once, after the first change of its round (focus 1.000, type F1 0.912). `npx tsx
 * test/understand/support/score-messages.ts --final38 --verbose` lists the misses.
 */
import { FINAL38_MESSAGES } from './support/final38-messages.js';
import { describeMessageSet } from './support/message-set.js';

describeMessageSet('every style, never tuned on (final38)', FINAL38_MESSAGES, 0.87);
