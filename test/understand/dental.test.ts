/**
 * The dental set (support/dental-messages.ts): messages about teeth and dental care: dental work with a condition
 * or on a medicine, teeth problems in a condition, anaesthetic at the dentist, and the condition itself. Written
 * by someone who had read neither the code nor the earlier sets, following the labeling guide; scored once,
 * before any change made for it (focus 1.000, type F1 0.869). `npx tsx test/understand/support/score-messages.ts
 * --dental --verbose` lists the misses.
 */
import { DENTAL_MESSAGES } from './support/dental-messages.js';
import { describeMessageSet } from './support/message-set.js';

describeMessageSet('teeth and dental care', DENTAL_MESSAGES, 0.83);
