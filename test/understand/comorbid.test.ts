/**
 * The comorbid set (support/comorbid-messages.ts): people with several conditions or medicines asking how they
 * fit together. First scored, before any change against it: focus 1.000, type F1 0.698; after its changes
 * 0.763. `npx tsx test/understand/support/score-messages.ts --comorbid --verbose` lists the misses.
 */
import { COMORBID_MESSAGES } from './support/comorbid-messages.js';
import { describeMessageSet } from './support/message-set.js';

describeMessageSet('messages about several conditions', COMORBID_MESSAGES, 0.72);
