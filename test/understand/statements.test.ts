/**
 * The statements set (support/statements-messages.ts): messages that ask without a question mark: statements
 * and requests ("I would like to know how it is treated", "Looking for a specialist", "Wondering if it is
 * hereditary"), in every style. Written by someone who had read neither the code nor the earlier sets,
 * following the labeling guide; scored once, before any change made for it (focus 0.950, type F1 0.824). `npx
 * tsx test/understand/support/score-messages.ts --statements --verbose` lists the misses.
 */
import { STATEMENTS_MESSAGES } from './support/statements-messages.js';
import { describeMessageSet } from './support/message-set.js';

describeMessageSet('asked without question marks', STATEMENTS_MESSAGES, 0.78);
