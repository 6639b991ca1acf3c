/**
 * The appointments set (support/appointments-messages.ts): messages about appointments: preparing for a
 * genetics or specialist appointment, tests to expect, questions to bring, referrals, second opinions, with
 * other questions about the condition and its medicines. Written by someone who had read neither the code nor
 * the earlier sets, following the labeling guide; scored once, before any change made for it (focus 0.975,
 * type F1 0.889). `npx tsx test/understand/support/score-messages.ts --appointments --verbose` lists the
 * misses.
 */
import { APPOINTMENTS_MESSAGES } from './support/appointments-messages.js';
import { describeMessageSet } from './support/message-set.js';

describeMessageSet('appointments', APPOINTMENTS_MESSAGES, 0.85);
