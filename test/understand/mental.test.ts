/**
 * The mental set (support/mental-messages.ts), mental health messages: written by someone who had read neither the code nor the
 * earlier sets, following the labeling guide; first scored before any change for it (focus 0.975, type F1
 * 0.744). `npx tsx test/understand/support/score-messages.ts --mental --verbose` lists the misses.
 */
import { MENTAL_MESSAGES } from './support/mental-messages.js';
import { describeMessageSet } from './support/message-set.js';

describeMessageSet('mental health messages', MENTAL_MESSAGES, 0.7);
