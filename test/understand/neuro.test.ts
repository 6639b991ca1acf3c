/**
 * The neuro set (support/neuro-messages.ts), messages about brain, nerve and muscle conditions: written by someone who had read neither the code nor the
 * earlier sets, following the labeling guide; first scored before any change for it (focus 1.000, type F1
 * 0.810). `npx tsx test/understand/support/score-messages.ts --neuro --verbose` lists the misses.
 */
import { NEURO_MESSAGES } from './support/neuro-messages.js';
import { describeMessageSet } from './support/message-set.js';

describeMessageSet('messages about brain, nerve and muscle conditions', NEURO_MESSAGES, 0.77);
