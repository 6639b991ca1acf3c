/**
 * The followup set (support/followup-messages.ts): people writing back after an earlier reply, a doctor's
 * visit or a new result. First scored, before any change against it: focus 1.000, type F1 0.658; after its
 * changes 0.898. `npx tsx test/understand/support/score-messages.ts --followup --verbose` lists the misses.
 */
import { FOLLOWUP_MESSAGES } from './support/followup-messages.js';
import { describeMessageSet } from './support/message-set.js';

describeMessageSet('follow-up messages', FOLLOWUP_MESSAGES, 0.85);
