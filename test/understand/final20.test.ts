/**
 * The final20 set (support/final20-messages.ts): messages in every style: queries, stories, several questions,
 * misspellings, second-language English, medicines, subject lines. Written by someone who had read neither the
 * code nor the earlier sets, following the labeling guide; scored once, a third of the way into its round, after
 * the changes to the names (focus 1.000, type F1 0.915). `npx tsx test/understand/support/score-messages.ts
 * --final20 --verbose` lists the misses.
 */
import { FINAL20_MESSAGES } from './support/final20-messages.js';
import { describeMessageSet } from './support/message-set.js';

describeMessageSet('every style, never tuned on (final20)', FINAL20_MESSAGES, 0.88);
