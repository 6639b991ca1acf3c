/**
 * The heart set (support/heart-messages.ts), messages about heart, lung and blood conditions: written by someone who had read neither the code nor the
 * earlier sets, following the labeling guide; first scored before any change for it (focus 1.000, type F1
 * 0.821). `npx tsx test/understand/support/score-messages.ts --heart --verbose` lists the misses.
 */
import { HEART_MESSAGES } from './support/heart-messages.js';
import { describeMessageSet } from './support/message-set.js';

describeMessageSet('messages about heart, lung and blood conditions', HEART_MESSAGES, 0.78);
