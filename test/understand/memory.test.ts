/**
 * The memory set (support/memory-messages.ts): messages about memory and the ageing brain (Alzheimer, Lewy body,
 * frontotemporal and vascular dementia, mild cognitive impairment, rare dementias, donepezil, memantine), often
 * written by adult children worried about a parent. Written by someone who had read neither the code nor the
 * earlier sets, following the labeling guide; scored once, before any change made for it (focus 1.000, type F1
 * 0.897). `npx tsx test/understand/support/score-messages.ts --memory --verbose` lists the misses.
 */
import { MEMORY_MESSAGES } from './support/memory-messages.js';
import { describeMessageSet } from './support/message-set.js';

describeMessageSet('messages about memory and dementia', MEMORY_MESSAGES, 0.86);
