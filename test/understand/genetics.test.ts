/**
 * The genetics set (support/genetics-messages.ts), messages about genes and genetic results: written by someone who had read neither the code nor the
 * earlier sets, following the labeling guide; first scored before any change for it (focus 0.975, type F1
 * 0.814). `npx tsx test/understand/support/score-messages.ts --genetics --verbose` lists the misses.
 */
import { GENETICS_MESSAGES } from './support/genetics-messages.js';
import { describeMessageSet } from './support/message-set.js';

describeMessageSet('messages about genes and genetic results', GENETICS_MESSAGES, 0.77);
