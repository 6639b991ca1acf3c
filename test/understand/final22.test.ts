/**
 * The final22 set (support/final22-messages.ts): messages in every style: queries, stories, several questions,
 * misspellings, second-language English, medicines, subject lines. Written by someone who had read neither the
 * code nor the earlier sets, following the labeling guide; scored once, at the end of its round, after its last
 * change (focus 1.000, type F1 0.950). `npx tsx test/understand/support/score-messages.ts --final22 --verbose`
 * lists the misses.
 */
import { FINAL22_MESSAGES } from './support/final22-messages.js';
import { describeMessageSet } from './support/message-set.js';

describeMessageSet('every style, never tuned on (final22)', FINAL22_MESSAGES, 0.91);
