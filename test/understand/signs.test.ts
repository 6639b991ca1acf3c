/**
 * The signs set (support/signs-messages.ts): people asking about a sign, symptom or test finding rather than a
 * diagnosed condition. First scored, before any change against it: focus 0.975, type F1 0.681; after its
 * changes 0.811. `npx tsx test/understand/support/score-messages.ts --signs --verbose` lists the misses.
 */
import { SIGNS_MESSAGES } from './support/signs-messages.js';
import { describeMessageSet } from './support/message-set.js';

describeMessageSet('messages about a sign or finding', SIGNS_MESSAGES, 0.77);
