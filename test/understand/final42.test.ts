/**
 * The final42 set (support/final42-messages.ts): messages in every style: short questions, long messages with
 * background, lists of questions, typos and no punctuation, non-native English, medicines, subject lines.
 * Written by someone who had read neither the code nor the earlier sets, following the labeling guide; scored
 * once, after the round's first end-of-round measurements, before its last changes (focus 0.975, type F1 0.932). `npx tsx
 * test/understand/support/score-messages.ts --final42 --verbose` lists the misses.
 */
import { FINAL42_MESSAGES } from './support/final42-messages.js';
import { describeMessageSet } from './support/message-set.js';

describeMessageSet('every style, never tuned on (final42)', FINAL42_MESSAGES, 0.89);
