/**
 * The outdoors set (support/outdoors-messages.ts): messages about outdoor life: hiking at altitude, diving,
 * camping, gardening, ticks and insects, sun, farm work, with a condition or on a medicine. Written by someone
 * who had read neither the code nor the earlier sets, following the labeling guide; scored once, before any
 * change made for it (focus 1.000, type F1 0.846). `npx tsx test/understand/support/score-messages.ts --outdoors
 * --verbose` lists the misses.
 */
import { OUTDOORS_MESSAGES } from './support/outdoors-messages.js';
import { describeMessageSet } from './support/message-set.js';

describeMessageSet('outdoor life', OUTDOORS_MESSAGES, 0.81);
