/**
 * The final21 set (support/final21-messages.ts): messages in every style: queries, stories, several questions,
 * misspellings, second-language English, medicines, subject lines. Written by someone who had read neither the
 * code nor the earlier sets, following the labeling guide; scored once, halfway into its round, after the rules
 * made for its first batch of sets (focus 0.950, type F1 0.944). `npx tsx
 * test/understand/support/score-messages.ts --final21 --verbose` lists the misses.
 */
import { FINAL21_MESSAGES } from './support/final21-messages.js';
import { describeMessageSet } from './support/message-set.js';

describeMessageSet('every style, never tuned on (final21)', FINAL21_MESSAGES, 0.9);
