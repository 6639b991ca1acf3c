/**
 * The orphandrugs set (support/orphandrugs-messages.ts): messages about medicines for rare conditions, often
 * by brand name: how they are given, side effects, whether they would help, who can get them, with other
 * questions. Written by someone who had read neither the code nor the earlier sets, following the labeling
 * guide; scored once, before any change made for it (focus 0.975, type F1 0.886). `npx tsx
 * test/understand/support/score-messages.ts --orphandrugs --verbose` lists the misses.
 */
import { ORPHANDRUGS_MESSAGES } from './support/orphandrugs-messages.js';
import { describeMessageSet } from './support/message-set.js';

describeMessageSet('medicines for rare conditions', ORPHANDRUGS_MESSAGES, 0.85);
