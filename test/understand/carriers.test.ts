/**
 * The carriers set (support/carriers-messages.ts): messages about being a carrier: carrier test results,
 * partners who both carry, what it means for children and relatives, carriers with symptoms, with other
 * questions. Written by someone who had read neither the code nor the earlier sets, following the labeling
 * guide; scored once, before any change made for it (focus 0.975, type F1 0.889). `npx tsx
 * test/understand/support/score-messages.ts --carriers --verbose` lists the misses.
 */
import { CARRIERS_MESSAGES } from './support/carriers-messages.js';
import { describeMessageSet } from './support/message-set.js';

describeMessageSet('carriers', CARRIERS_MESSAGES, 0.85);
