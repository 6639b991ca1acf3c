/**
 * The final30 set (support/final30-messages.ts): messages in every style: search-box queries, long stories,
 * several questions, misspellings, second-language English, medicines, subject lines. Written by someone who had
 * read neither the code nor the earlier sets, following the labeling guide; scored once, at the end of its round,
 * after its last change (focus 1.000, type F1 0.947). `npx tsx test/understand/support/score-messages.ts
 * --final30 --verbose` lists the misses.
 */
import { FINAL30_MESSAGES } from './support/final30-messages.js';
import { describeMessageSet } from './support/message-set.js';

describeMessageSet('every style, never tuned on (final30)', FINAL30_MESSAGES, 0.91);
