/**
 * The development set (support/development-messages.ts): messages from parents about a child's development and
 * the genetic syndromes behind it (milestones, school, therapies, tests, siblings, the future). Written by
 * someone who had read neither the code nor the earlier sets, following the labeling guide; scored once, before
 * any change made for it (focus 0.950, type F1 0.889). `npx tsx test/understand/support/score-messages.ts
 * --development --verbose` lists the misses.
 */
import { DEVELOPMENT_MESSAGES } from './support/development-messages.js';
import { describeMessageSet } from './support/message-set.js';

describeMessageSet("messages from parents about a child's development", DEVELOPMENT_MESSAGES, 0.85);
