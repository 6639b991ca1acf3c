/**
 * The final24 set (support/final24-messages.ts): messages in every style: queries, stories, several questions,
 * misspellings, second-language English, medicines, subject lines. Written by someone who had read neither the
 * code nor the earlier sets, following the labeling guide; scored once, after the round's first changes to names
 * and list markers, before any change made after it (focus 1.000, type F1 0.881). `npx tsx
 * test/understand/support/score-messages.ts --final24 --verbose` lists the misses.
 */
import { FINAL24_MESSAGES } from './support/final24-messages.js';
import { describeMessageSet } from './support/message-set.js';

describeMessageSet('every style, never tuned on (final24)', FINAL24_MESSAGES, 0.84);
