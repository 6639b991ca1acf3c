/**
 * The final27 set (support/final27-messages.ts): messages in every style: search-box queries, long stories,
 * several questions, misspellings, second-language English, medicines, subject lines. Written by someone who had
 * read neither the code nor the earlier sets, following the labeling guide; scored once, at the start of its
 * round, before any change (focus 1.000, type F1 0.865). `npx tsx test/understand/support/score-messages.ts
 * --final27 --verbose` lists the misses.
 */
import { FINAL27_MESSAGES } from './support/final27-messages.js';
import { describeMessageSet } from './support/message-set.js';

describeMessageSet('every style, never tuned on (final27)', FINAL27_MESSAGES, 0.82);
