/**
 * The connective set (support/connective-messages.ts): messages about connective tissue conditions: joints,
 * heart and vessels, pregnancy, sports, diagnosis and genes, with other questions about the condition and its
 * medicines. Written by someone who had read neither the code nor the earlier sets, following the labeling
 * guide; scored once, before any change made for it (focus 0.900, type F1 0.862). `npx tsx
 * test/understand/support/score-messages.ts --connective --verbose` lists the misses.
 */
import { CONNECTIVE_MESSAGES } from './support/connective-messages.js';
import { describeMessageSet } from './support/message-set.js';

describeMessageSet('connective tissue conditions', CONNECTIVE_MESSAGES, 0.82);
