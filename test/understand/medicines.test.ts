/**
 * The medicines set (support/medicines-messages.ts), messages about medicines: written by someone who had read neither the code nor
 * the earlier sets, following the labeling guide; first scored before any change for it (focus 1.000, type F1
 * 0.677). `npx tsx test/understand/support/score-messages.ts --medicines --verbose` lists the misses.
 */
import { MEDICINES_MESSAGES } from './support/medicines-messages.js';
import { describeMessageSet } from './support/message-set.js';

describeMessageSet('messages about medicines', MEDICINES_MESSAGES, 0.8);
