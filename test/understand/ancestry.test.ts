/**
 * The ancestry set (support/ancestry-messages.ts): messages about results from home DNA kits and family-tree
 * research: carrier results, variants of unknown meaning, an ancestry group with a known condition, a relative
 * who had a condition generations back, what a result means for children. Written by someone who had read neither
 * the code nor the earlier sets, following the labeling guide; scored once, before any change made for it (focus
 * 1.000, type F1 0.842). `npx tsx test/understand/support/score-messages.ts --ancestry --verbose` lists the
 * misses.
 */
import { ANCESTRY_MESSAGES } from './support/ancestry-messages.js';
import { describeMessageSet } from './support/message-set.js';

describeMessageSet('home DNA kits and family trees', ANCESTRY_MESSAGES, 0.8);
