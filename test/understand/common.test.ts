/**
 * The common set (support/common-messages.ts), messages about common conditions: written by someone who had read neither the code nor
 * the earlier sets, following the labeling guide; first scored before any change for it (focus 1.000, type F1
 * 0.748). `npx tsx test/understand/support/score-messages.ts --common --verbose` lists the misses.
 */
import { COMMON_MESSAGES } from './support/common-messages.js';
import { describeMessageSet } from './support/message-set.js';

describeMessageSet('messages about common conditions', COMMON_MESSAGES, 0.71);
