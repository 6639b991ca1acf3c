/**
 * The costs set (support/costs-messages.ts): messages that mix money and paperwork (insurance refusing a
 * medicine, costs, benefits, forms, time off work, travel to a specialist center) with the medical questions
 * people ask alongside. Written by someone who had read neither the code nor the earlier sets, following the
 * labeling guide; scored once, before any change made for it (focus 0.975, type F1 0.909). `npx tsx
 * test/understand/support/score-messages.ts --costs --verbose` lists the misses.
 */
import { COSTS_MESSAGES } from './support/costs-messages.js';
import { describeMessageSet } from './support/message-set.js';

describeMessageSet('money and paperwork', COSTS_MESSAGES, 0.87);
