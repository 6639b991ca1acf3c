/**
 * The kids set (support/kids-messages.ts): messages from children and young teenagers (10 to 15) about their own
 * condition or medicine, or a parent's: simple words, misspellings, school, friends, sport, whether they will
 * grow out of it. Written by someone who had read neither the code nor the earlier sets, following the labeling
 * guide; scored once, before any change made for it (focus 1.000, type F1 0.800). `npx tsx
 * test/understand/support/score-messages.ts --kids --verbose` lists the misses.
 */
import { KIDS_MESSAGES } from './support/kids-messages.js';
import { describeMessageSet } from './support/message-set.js';

describeMessageSet('messages from children', KIDS_MESSAGES, 0.76);
