/**
 * The messages that ask several things (support/multi-messages.ts): three questions in one message, two
 * conditions in one question, a question in the subject and another in the message. Their first score
 * (focus 1.000, type F1 0.815) was taken before any rule was changed against them; the floor is set under
 * what the rules reach now. `npx tsx test/understand/support/score-messages.ts --multi --verbose` lists the
 * misses.
 */
import { MULTI_MESSAGES } from './support/multi-messages.js';
import { describeMessageSet } from './support/message-set.js';

describeMessageSet('messages asking several things', MULTI_MESSAGES, 0.9);
