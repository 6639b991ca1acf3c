/**
 * The periods set (support/periods-messages.ts): messages about periods: heavy, painful, missing or irregular
 * periods as part of a condition or from a medicine, bleeding disorders, with other questions about the
 * condition and its medicines. Written by someone who had read neither the code nor the earlier sets,
 * following the labeling guide; scored once, before any change made for it (focus 0.950, type F1 0.826). `npx
 * tsx test/understand/support/score-messages.ts --periods --verbose` lists the misses.
 */
import { PERIODS_MESSAGES } from './support/periods-messages.js';
import { describeMessageSet } from './support/message-set.js';

describeMessageSet('periods', PERIODS_MESSAGES, 0.79);
