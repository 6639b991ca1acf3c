/**
 * The desk messages (support/desk-messages.ts): mail about rare diagnoses and their medicines. Their first
 * score (focus 0.950, type F1 0.848) was taken before any rule was changed against them; the floor is set
 * under what the rules reach now. `npx tsx test/understand/support/score-messages.ts --desk --verbose`
 * lists the misses.
 */
import { DESK_MESSAGES } from './support/desk-messages.js';
import { describeMessageSet } from './support/message-set.js';

describeMessageSet('desk messages', DESK_MESSAGES, 0.9);
