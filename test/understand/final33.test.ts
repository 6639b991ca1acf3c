/**
 * The final33 set (support/final33-messages.ts): messages in every style: short questions, long messages with
 * background, lists of questions, typos and no punctuation, non-native English, medicines, subject lines.
 * Written by someone who had read neither the code nor the earlier sets, following the labeling guide; scored
 * once, after the first change of its round (focus 0.975, type F1 0.885). `npx tsx
 * test/understand/support/score-messages.ts --final33 --verbose` lists the misses.
 */
import { FINAL33_MESSAGES } from './support/final33-messages.js';
import { describeMessageSet } from './support/message-set.js';

describeMessageSet('every style, never tuned on (final33)', FINAL33_MESSAGES, 0.84);
