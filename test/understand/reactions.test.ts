/**
 * The reactions set (support/reactions-messages.ts): messages about reactions to medicines: rashes, swelling or
 * hives after a medicine, drug allergies, whether a similar medicine is safe, reactions to anaesthetics and dyes.
 * Written by someone who had read neither the code nor the earlier sets, following the labeling guide; scored
 * once, before any change made for it (focus 1.000, type F1 0.912). `npx tsx
 * test/understand/support/score-messages.ts --reactions --verbose` lists the misses.
 */
import { REACTIONS_MESSAGES } from './support/reactions-messages.js';
import { describeMessageSet } from './support/message-set.js';

describeMessageSet('reactions to medicines', REACTIONS_MESSAGES, 0.87);
