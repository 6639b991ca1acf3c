/**
 * The final28 set (support/final28-messages.ts): messages in every style: short queries, long stories, several
 * questions, misspellings, second-language English, medicines, subject lines. Written by someone who had read
 * neither the code nor the earlier sets, following the labeling guide; scored once, after the first change of its
 * round (focus 1.000, type F1 0.940). `npx tsx test/understand/support/score-messages.ts --final28 --verbose`
 * lists the misses.
 */
import { FINAL28_MESSAGES } from './support/final28-messages.js';
import { describeMessageSet } from './support/message-set.js';

describeMessageSet('every style, never tuned on (final28)', FINAL28_MESSAGES, 0.9);
