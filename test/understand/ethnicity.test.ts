/**
 * The ethnicity set (support/ethnicity-messages.ts): messages about conditions more common in some peoples or
 * places: how common a condition is in a group, carrier screening, whether someone is at risk, what the condition
 * is. Written by someone who had read neither the code nor the earlier sets, following the labeling guide; scored
 * once, before any change made for it (focus 1.000, type F1 0.890). `npx tsx
 * test/understand/support/score-messages.ts --ethnicity --verbose` lists the misses.
 */
import { ETHNICITY_MESSAGES } from './support/ethnicity-messages.js';
import { describeMessageSet } from './support/message-set.js';

describeMessageSet('conditions more common in some peoples', ETHNICITY_MESSAGES, 0.85);
