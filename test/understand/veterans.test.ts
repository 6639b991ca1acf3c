/**
 * The veterans set (support/veterans-messages.ts): people who have lived with a rare disease for years and
 * ask pointed questions. First scored, before any change against it: focus 1.000, type F1 0.701; after its changes 0.879.
 * `npx tsx test/understand/support/score-messages.ts --veterans --verbose` lists the misses.
 */
import { VETERANS_MESSAGES } from './support/veterans-messages.js';
import { describeMessageSet } from './support/message-set.js';

describeMessageSet('veterans messages', VETERANS_MESSAGES, 0.85);
