/**
 * The drinks set (support/drinks-messages.ts): messages about alcohol, coffee, energy drinks, cannabis, smoking
 * and vaping with a condition or a medicine: whether they are safe, make it worse or caused it. Written by
 * someone who had read neither the code nor the earlier sets, following the labeling guide; scored once, before
 * any change made for it (focus 1.000, type F1 0.750). `npx tsx test/understand/support/score-messages.ts
 * --drinks --verbose` lists the misses.
 */
import { DRINKS_MESSAGES } from './support/drinks-messages.js';
import { describeMessageSet } from './support/message-set.js';

describeMessageSet('alcohol, coffee, cannabis and smoking', DRINKS_MESSAGES, 0.71);
