/**
 * The growth set (support/growth-messages.ts): messages about growth and size: children short or tall for
 * their age, growth hormone, puberty timing, adult height, with other questions about the condition. Written
 * by someone who had read neither the code nor the earlier sets, following the labeling guide; scored once,
 * before any change made for it (focus 0.950, type F1 0.857). `npx tsx test/understand/support/score-messages.ts --growth --verbose` lists the misses.
 */
import { GROWTH_MESSAGES } from './support/growth-messages.js';
import { describeMessageSet } from './support/message-set.js';

describeMessageSet('growth and size', GROWTH_MESSAGES, 0.82);
