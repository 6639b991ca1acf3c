/**
 * The final39 set (support/final39-messages.ts): messages in every style: short questions, long messages with
 * background, lists of questions, typos and no punctuation, non-native English, medicines, subject lines.
 * Written by someone who had read neither the code nor the earlier sets, following the labeling guide; scored
 * once, after the third change of its round (focus 0.975, type F1 0.932). `npx tsx
 * test/understand/support/score-messages.ts --final39 --verbose` lists the misses.
 */
import { FINAL39_MESSAGES } from './support/final39-messages.js';
import { describeMessageSet } from './support/message-set.js';

describeMessageSet('every style, never tuned on (final39)', FINAL39_MESSAGES, 0.89);
