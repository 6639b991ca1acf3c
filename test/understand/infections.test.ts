/**
 * The infections set (support/infections-messages.ts), messages about infections: written by someone who had read neither the code nor the
 * earlier sets, following the labeling guide; first scored before any change for it (focus 0.975, type F1
 * 0.870). `npx tsx test/understand/support/score-messages.ts --infections --verbose` lists the misses.
 */
import { INFECTIONS_MESSAGES } from './support/infections-messages.js';
import { describeMessageSet } from './support/message-set.js';

describeMessageSet('messages about infections', INFECTIONS_MESSAGES, 0.83);
