/**
 * The stroke set (support/stroke-messages.ts): messages about stroke, brain injury and rare brain conditions
 * (after a stroke and its medicines, TIA, aneurysm, moyamoya disease, CADASIL, cavernous malformations, head
 * injury, aphasia). Written by someone who had read neither the code nor the earlier sets, following the
 * labeling guide; scored once, before any change made for it (focus 1.000, type F1 0.903). `npx tsx
 * test/understand/support/score-messages.ts --stroke --verbose` lists the misses.
 */
import { STROKE_MESSAGES } from './support/stroke-messages.js';
import { describeMessageSet } from './support/message-set.js';

describeMessageSet('messages about stroke and brain injury', STROKE_MESSAGES, 0.86);
