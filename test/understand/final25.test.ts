/**
 * The final25 set (support/final25-messages.ts): messages in every style: queries, stories, several questions,
 * misspellings, second-language English, medicines, subject lines. Written by someone who had read neither the
 * code nor the earlier sets, following the labeling guide; scored once, halfway through its round, before any
 * change made after it (focus 1.000, type F1 0.919). `npx tsx test/understand/support/score-messages.ts
 * --final25 --verbose` lists the misses.
 */
import { FINAL25_MESSAGES } from './support/final25-messages.js';
import { describeMessageSet } from './support/message-set.js';

describeMessageSet('every style, never tuned on (final25)', FINAL25_MESSAGES, 0.88);
