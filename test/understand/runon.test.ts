/**
 * The run-on messages (support/runon-messages.ts): no punctuation, English as a second language, web-form
 * subjects, shouting. Their first score (focus 0.875, type F1 0.771) was taken before any rule was changed
 * against them; the floor is set under what the rules reach now.
 * `npx tsx test/understand/support/score-messages.ts --runon --verbose` lists the misses.
 */
import { RUNON_MESSAGES } from './support/runon-messages.js';
import { describeMessageSet } from './support/message-set.js';

describeMessageSet('run-on messages', RUNON_MESSAGES, 0.9);
