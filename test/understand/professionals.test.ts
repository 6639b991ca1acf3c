/**
 * The professionals set (support/professionals-messages.ts): doctors, nurses, pharmacists and care workers
 * asking for a patient. First scored, before any change against it: focus 1.000, type F1 0.746; after its changes 0.987.
 * `npx tsx test/understand/support/score-messages.ts --professionals --verbose` lists the misses.
 */
import { PROFESSIONALS_MESSAGES } from './support/professionals-messages.js';
import { describeMessageSet } from './support/message-set.js';

describeMessageSet('professionals messages', PROFESSIONALS_MESSAGES, 0.95);
