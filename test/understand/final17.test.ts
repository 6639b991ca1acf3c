/**
 * The final17 set (support/final17-messages.ts): messages in every style: queries, stories, several questions,
 * misspellings, second-language English, medicines, subject lines. Written by someone who had read neither the
 * code nor the earlier sets, following the labeling guide; scored once, a third of the way into its round, after
 * the changes made for the urgent set (focus 1.000, type F1 0.809). `npx tsx
 * test/understand/support/score-messages.ts --final17 --verbose` lists the misses.
 */
import { FINAL17_MESSAGES } from './support/final17-messages.js';
import { describeMessageSet } from './support/message-set.js';

describeMessageSet('every style, never tuned on (final17)', FINAL17_MESSAGES, 0.77);
