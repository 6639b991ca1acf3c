/**
 * The final18 set (support/final18-messages.ts): messages in every style: queries, stories, several questions,
 * misspellings, second-language English, medicines, subject lines. Written by someone who had read neither the
 * code nor the earlier sets, following the labeling guide; scored once, at the end of its round, after its last
 * change (focus 0.975, type F1 0.906). `npx tsx test/understand/support/score-messages.ts --final18 --verbose`
 * lists the misses.
 */
import { FINAL18_MESSAGES } from './support/final18-messages.js';
import { describeMessageSet } from './support/message-set.js';

describeMessageSet('every style, never tuned on (final18)', FINAL18_MESSAGES, 0.87);
