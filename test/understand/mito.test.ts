/**
 * The mito set (support/mito-messages.ts): messages about mitochondrial conditions: symptoms, supplements,
 * exercise, inheritance through the mother, testing, with other questions about the condition. Written by
 * someone who had read neither the code nor the earlier sets, following the labeling guide; scored once,
 * before any change made for it (focus 1.000, type F1 0.897). `npx tsx test/understand/support/score-messages.ts --mito --verbose` lists the misses.
 */
import { MITO_MESSAGES } from './support/mito-messages.js';
import { describeMessageSet } from './support/message-set.js';

describeMessageSet('mitochondrial conditions', MITO_MESSAGES, 0.86);
