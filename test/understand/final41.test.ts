/**
 * The final41 set (support/final41-messages.ts): messages in every style: short questions, long messages with
 * background, lists of questions, typos and no punctuation, non-native English, medicines, subject lines.
 * Written by someone who had read neither the code nor the earlier sets, following the labeling guide; scored
 * once, after the round's first end-of-round measurements, before its last changes (focus 0.950, type F1 0.952). `npx tsx
 * test/understand/support/score-messages.ts --final41 --verbose` lists the misses.
 */
import { FINAL41_MESSAGES } from './support/final41-messages.js';
import { describeMessageSet } from './support/message-set.js';

describeMessageSet('every style, never tuned on (final41)', FINAL41_MESSAGES, 0.91);
