/**
 * The supplements set (support/supplements-messages.ts), messages about supplements and remedies: written by someone who had read neither the code nor the
 * earlier sets, following the labeling guide; first scored before any change for it (focus 1.000, type F1
 * 0.677). `npx tsx test/understand/support/score-messages.ts --supplements --verbose` lists the misses.
 */
import { SUPPLEMENTS_MESSAGES } from './support/supplements-messages.js';
import { describeMessageSet } from './support/message-set.js';

describeMessageSet('messages about supplements and remedies', SUPPLEMENTS_MESSAGES, 0.64);
