/**
 * The final26 set (support/final26-messages.ts): messages in every style: queries, stories, several questions,
 * misspellings, second-language English, medicines, subject lines. Written by someone who had read neither the
 * code nor the earlier sets, following the labeling guide; scored once, at the end of its round, after its last
 * change (focus 1.000, type F1 0.926). `npx tsx test/understand/support/score-messages.ts --final26 --verbose`
 * lists the misses.
 */
import { FINAL26_MESSAGES } from './support/final26-messages.js';
import { describeMessageSet } from './support/message-set.js';

describeMessageSet('every style, never tuned on (final26)', FINAL26_MESSAGES, 0.89);
