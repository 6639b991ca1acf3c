/**
 * The antibiotics set (support/antibiotics-messages.ts): messages about antibiotics and infections in people
 * with a condition: which antibiotics to take or avoid, courses, preventive antibiotics, side effects, with
 * other questions about the condition. Written by someone who had read neither the code nor the earlier sets,
 * following the labeling guide; scored once, before any change made for it (focus 0.925, type F1 0.828). `npx
 * tsx test/understand/support/score-messages.ts --antibiotics --verbose` lists the misses.
 */
import { ANTIBIOTICS_MESSAGES } from './support/antibiotics-messages.js';
import { describeMessageSet } from './support/message-set.js';

describeMessageSet('antibiotics and infections', ANTIBIOTICS_MESSAGES, 0.79);
