/**
 * The bones set (support/bones-messages.ts), messages about bone, joint and muscle conditions: written by someone who had read neither the code nor the
 * earlier sets, following the labeling guide; first scored before any change for it (focus 1.000, type F1
 * 0.875). `npx tsx test/understand/support/score-messages.ts --bones --verbose` lists the misses.
 */
import { BONES_MESSAGES } from './support/bones-messages.js';
import { describeMessageSet } from './support/message-set.js';

describeMessageSet('messages about bone, joint and muscle conditions', BONES_MESSAGES, 0.83);
