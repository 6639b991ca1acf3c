/**
 * The gpvisit set (support/gpvisit-messages.ts): messages written after a visit to the family doctor: what the GP
 * said or did not say, a referral, a result, a new prescription, and what it means. Written by someone who had
 * read neither the code nor the earlier sets, following the labeling guide; scored once, before any change made
 * for it (focus 1.000, type F1 0.867). `npx tsx test/understand/support/score-messages.ts --gpvisit --verbose`
 * lists the misses.
 */
import { GPVISIT_MESSAGES } from './support/gpvisit-messages.js';
import { describeMessageSet } from './support/message-set.js';

describeMessageSet('after a visit to the family doctor', GPVISIT_MESSAGES, 0.83);
