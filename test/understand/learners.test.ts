/**
 * The learners set (support/learners-messages.ts): students, teachers, nurses, couples and others writing to
 * learn. First scored, before any change against it: focus 1.000, type F1 0.763; after its changes 0.955.
 * `npx tsx test/understand/support/score-messages.ts --learners --verbose` lists the misses.
 */
import { LEARNERS_MESSAGES } from './support/learners-messages.js';
import { describeMessageSet } from './support/message-set.js';

describeMessageSet('learners messages', LEARNERS_MESSAGES, 0.92);
