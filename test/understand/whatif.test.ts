/**
 * The whatif set (support/whatif-messages.ts): messages asking hypothetical and conditional questions about
 * rare conditions and medicines ("what if she misses a dose", "if we have another baby", "suppose the
 * treatment stops working"), all question types. Written by someone who had read neither the code nor the
 * earlier sets, following the labeling guide; scored once, before any change made for it (focus 0.975, type
 * F1 0.875). `npx tsx test/understand/support/score-messages.ts --whatif --verbose` lists the misses.
 */
import { WHATIF_MESSAGES } from './support/whatif-messages.js';
import { describeMessageSet } from './support/message-set.js';

describeMessageSet('what if', WHATIF_MESSAGES, 0.83);
