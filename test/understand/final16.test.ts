/**
 * The final16 set (support/final16-messages.ts): messages in every style: queries, stories, several questions,
 * misspellings, second-language English, medicines, subject lines. Written by someone who had read neither the
 * code nor the earlier sets, following the labeling guide; scored once, before any change made for it (focus
 * 0.975, type F1 0.877). `npx tsx test/understand/support/score-messages.ts --final16 --verbose` lists the
 * misses.
 */
import { FINAL16_MESSAGES } from './support/final16-messages.js';
import { describeMessageSet } from './support/message-set.js';

describeMessageSet('every style, never tuned on (final16)', FINAL16_MESSAGES, 0.84);
