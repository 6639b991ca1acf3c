/**
 * The final29 set (support/final29-messages.ts): messages in every style: one-line questions, long worried
 * stories, several questions, misspellings and no punctuation, second-language English, medicines, subject lines.
 * Written by someone who had read neither the code nor the earlier sets, following the labeling guide; scored
 * once, after the second change of its round (focus 1.000, type F1 0.946). `npx tsx
 * test/understand/support/score-messages.ts --final29 --verbose` lists the misses.
 */
import { FINAL29_MESSAGES } from './support/final29-messages.js';
import { describeMessageSet } from './support/message-set.js';

describeMessageSet('every style, never tuned on (final29)', FINAL29_MESSAGES, 0.91);
