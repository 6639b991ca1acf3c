/**
 * The final37 set (support/final37-messages.ts): messages in every style: short questions, long messages with
 * background, lists of questions, typos and no punctuation, non-native English, medicines, subject lines.
 * Written by someone who had read neither the code nor the earlier sets, following the labeling guide; scored
 * once, at the start of its round, before any change (focus 0.975, type F1 0.966). `npx tsx
 * test/understand/support/score-messages.ts --final37 --verbose` lists the misses.
 */
import { FINAL37_MESSAGES } from './support/final37-messages.js';
import { describeMessageSet } from './support/message-set.js';

describeMessageSet('every style, never tuned on (final37)', FINAL37_MESSAGES, 0.93);
