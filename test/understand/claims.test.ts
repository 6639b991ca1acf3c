/**
 * The claims set (support/claims-messages.ts): messages reporting something read online or heard from others ("I
 * read that...", "is it true that...") and asking whether it holds, on every topic. Written by someone who had
 * read neither the code nor the earlier sets, following the labeling guide; scored once, before any change made
 * for it (focus 1.000, type F1 0.752). `npx tsx test/understand/support/score-messages.ts --claims --verbose`
 * lists the misses.
 */
import { CLAIMS_MESSAGES } from './support/claims-messages.js';
import { describeMessageSet } from './support/message-set.js';

describeMessageSet('claims read or heard, asked whether true', CLAIMS_MESSAGES, 0.71);
