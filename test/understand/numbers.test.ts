/**
 * The numbers set (support/numbers-messages.ts): messages full of numbers (lab values, doses, odds, ages,
 * weights, durations) asking what they mean and other questions. Written by someone who had read neither the
 * code nor the earlier sets, following the labeling guide; scored once, before any change made for it (focus
 * 1.000, type F1 0.810). `npx tsx test/understand/support/score-messages.ts --numbers --verbose` lists the
 * misses.
 */
import { NUMBERS_MESSAGES } from './support/numbers-messages.js';
import { describeMessageSet } from './support/message-set.js';

describeMessageSet('messages full of numbers', NUMBERS_MESSAGES, 0.77);
