/**
 * The final23 set (support/final23-messages.ts): messages in every style: queries, stories, several questions,
 * misspellings, second-language English, medicines, subject lines. Written by someone who had read neither the
 * code nor the earlier sets, following the labeling guide; scored once, at the start of its round, before any
 * change (focus 1.000, type F1 0.913). `npx tsx test/understand/support/score-messages.ts --final23 --verbose`
 * lists the misses.
 */
import { FINAL23_MESSAGES } from './support/final23-messages.js';
import { describeMessageSet } from './support/message-set.js';

describeMessageSet('every style, never tuned on (final23)', FINAL23_MESSAGES, 0.87);
