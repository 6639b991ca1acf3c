/**
 * The final19 set (support/final19-messages.ts): messages in every style: queries, stories, several questions,
 * misspellings, second-language English, medicines, subject lines. Written by someone who had read neither the
 * code nor the earlier sets, following the labeling guide; scored once, at the start of its round, before any
 * change (focus 1.000, type F1 0.914). `npx tsx test/understand/support/score-messages.ts --final19 --verbose`
 * lists the misses.
 */
import { FINAL19_MESSAGES } from './support/final19-messages.js';
import { describeMessageSet } from './support/message-set.js';

describeMessageSet('every style, never tuned on (final19)', FINAL19_MESSAGES, 0.87);
