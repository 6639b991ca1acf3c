/**
 * The labs set (support/labs-messages.ts), messages about tests and results: written by someone who had read neither the code nor
 * the earlier sets, following the labeling guide; first scored before any change for it (focus 0.975, type F1
 * 0.741). `npx tsx test/understand/support/score-messages.ts --labs --verbose` lists the misses.
 */
import { LABS_MESSAGES } from './support/labs-messages.js';
import { describeMessageSet } from './support/message-set.js';

describeMessageSet('messages about tests and results', LABS_MESSAGES, 0.7);
