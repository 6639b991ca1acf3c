/**
 * The caregiver set (support/caregiver-messages.ts): people caring for an older parent, a spouse or a child.
 * First scored, before any change against it: focus 0.950, type F1 0.819; after its changes 0.927.
 * `npx tsx test/understand/support/score-messages.ts --caregiver --verbose` lists the misses.
 */
import { CAREGIVER_MESSAGES } from './support/caregiver-messages.js';
import { describeMessageSet } from './support/message-set.js';

describeMessageSet('caregiver messages', CAREGIVER_MESSAGES, 0.89);
