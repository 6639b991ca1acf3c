/**
 * The gut set (support/gut-messages.ts), messages about digestive, liver and kidney conditions: written by someone who had read neither the code nor the
 * earlier sets, following the labeling guide; first scored before any change for it (focus 0.975, type F1
 * 0.797). `npx tsx test/understand/support/score-messages.ts --gut --verbose` lists the misses.
 */
import { GUT_MESSAGES } from './support/gut-messages.js';
import { describeMessageSet } from './support/message-set.js';

describeMessageSet('messages about digestive, liver and kidney conditions', GUT_MESSAGES, 0.76);
