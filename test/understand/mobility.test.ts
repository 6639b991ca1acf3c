/**
 * The mobility set (support/mobility-messages.ts): messages about walking and mobility: wheelchairs, walkers,
 * braces, falls, physiotherapy, losing the ability to walk, with other questions about the condition and its
 * medicines. Written by someone who had read neither the code nor the earlier sets, following the labeling
 * guide; scored once, before any change made for it (focus 1.000, type F1 0.939). `npx tsx
 * test/understand/support/score-messages.ts --mobility --verbose` lists the misses.
 */
import { MOBILITY_MESSAGES } from './support/mobility-messages.js';
import { describeMessageSet } from './support/message-set.js';

describeMessageSet('walking and mobility', MOBILITY_MESSAGES, 0.9);
