/**
 * The infusions set (support/infusions-messages.ts): messages about infusions and injections: enzyme replacement,
 * immunoglobulin, biologic injections, home infusions, ports and lines, reactions during infusions, and the
 * condition being treated. Written by someone who had read neither the code nor the earlier sets, following the
 * labeling guide; scored once, before any change made for it (focus 1.000, type F1 0.840). `npx tsx
 * test/understand/support/score-messages.ts --infusions --verbose` lists the misses.
 */
import { INFUSIONS_MESSAGES } from './support/infusions-messages.js';
import { describeMessageSet } from './support/message-set.js';

describeMessageSet('infusions and injections', INFUSIONS_MESSAGES, 0.8);
