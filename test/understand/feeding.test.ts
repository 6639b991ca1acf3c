/**
 * The feeding set (support/feeding-messages.ts): messages about eating and feeding: trouble swallowing,
 * feeding tubes, poor weight gain, special formulas, reflux, with other questions about the condition and its
 * medicines. Written by someone who had read neither the code nor the earlier sets, following the labeling
 * guide; scored once, before any change made for it (focus 0.925, type F1 0.844). `npx tsx
 * test/understand/support/score-messages.ts --feeding --verbose` lists the misses.
 */
import { FEEDING_MESSAGES } from './support/feeding-messages.js';
import { describeMessageSet } from './support/message-set.js';

describeMessageSet('eating and feeding', FEEDING_MESSAGES, 0.8);
