/**
 * The hospital set (support/hospital-messages.ts): messages about hospital stays: a relative in intensive care or
 * on a ward, what the doctors said, discharge, medicines started in hospital, what happens next. Written by
 * someone who had read neither the code nor the earlier sets, following the labeling guide; scored once, before
 * any change made for it (focus 1.000, type F1 0.853). `npx tsx test/understand/support/score-messages.ts
 * --hospital --verbose` lists the misses.
 */
import { HOSPITAL_MESSAGES } from './support/hospital-messages.js';
import { describeMessageSet } from './support/message-set.js';

describeMessageSet('hospital stays', HOSPITAL_MESSAGES, 0.81);
