/**
 * The final32 set (support/final32-messages.ts): messages in every style: short questions, long messages with
 * background, lists of questions, typos and no punctuation, non-native English, medicines, subject lines.
 * Written by someone who had read neither the code nor the earlier sets, following the labeling guide; scored
 * once, at the start of its round, before any change (focus 1.000, type F1 0.877). `npx tsx
 * test/understand/support/score-messages.ts --final32 --verbose` lists the misses.
 */
import { FINAL32_MESSAGES } from './support/final32-messages.js';
import { describeMessageSet } from './support/message-set.js';

describeMessageSet('every style, never tuned on (final32)', FINAL32_MESSAGES, 0.84);
