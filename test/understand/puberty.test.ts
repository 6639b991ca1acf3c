/**
 * The puberty set (support/puberty-messages.ts): messages about puberty and growing up: early or late puberty,
 * growth spurts, periods starting, body changes in a condition, growth hormone and puberty blockers. Written by
 * someone who had read neither the code nor the earlier sets, following the labeling guide; scored once, before
 * any change made for it (focus 1.000, type F1 0.857). `npx tsx test/understand/support/score-messages.ts
 * --puberty --verbose` lists the misses.
 */
import { PUBERTY_MESSAGES } from './support/puberty-messages.js';
import { describeMessageSet } from './support/message-set.js';

describeMessageSet('puberty and growing up', PUBERTY_MESSAGES, 0.82);
