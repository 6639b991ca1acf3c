/**
 * The odyssey set (support/odyssey-messages.ts): messages from people still searching for a diagnosis or just
 * diagnosed after years: symptoms and whether they could be a given rare condition, tests to ask for, who to
 * see, what the new diagnosis means. Written by someone who had read neither the code nor the earlier sets,
 * following the labeling guide; scored once, before any change made for it (focus 1.000, type F1 0.938). `npx
 * tsx test/understand/support/score-messages.ts --odyssey --verbose` lists the misses.
 */
import { ODYSSEY_MESSAGES } from './support/odyssey-messages.js';
import { describeMessageSet } from './support/message-set.js';

describeMessageSet('searching for a diagnosis', ODYSSEY_MESSAGES, 0.9);
