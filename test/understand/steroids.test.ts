/**
 * The steroids set (support/steroids-messages.ts): messages about steroid medicines: long-term use, tapering,
 * side effects, stress doses, with questions about the condition they are taken for. Written by someone who
 * had read neither the code nor the earlier sets, following the labeling guide; scored once, before any
 * change made for it (focus 0.975, type F1 0.807). `npx tsx test/understand/support/score-messages.ts
 * --steroids --verbose` lists the misses.
 */
import { STEROIDS_MESSAGES } from './support/steroids-messages.js';
import { describeMessageSet } from './support/message-set.js';

describeMessageSet('steroid medicines', STEROIDS_MESSAGES, 0.77);
