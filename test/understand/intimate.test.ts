/**
 * The intimate set (support/intimate-messages.ts), messages on intimate health: written by someone who had read neither the code nor the
 * earlier sets, following the labeling guide; first scored before any change for it (focus 0.950, type F1
 * 0.775). `npx tsx test/understand/support/score-messages.ts --intimate --verbose` lists the misses.
 */
import { INTIMATE_MESSAGES } from './support/intimate-messages.js';
import { describeMessageSet } from './support/message-set.js';

describeMessageSet('messages on intimate health', INTIMATE_MESSAGES, 0.73);
