/**
 * The compare set (support/compare-messages.ts): messages comparing two treatments, medicines, conditions, tests
 * or forms ("is X better than Y?", "what is the difference?"), mixed with ordinary questions. Written by someone
 * who had read neither the code nor the earlier sets, following the labeling guide; scored once, before any
 * change made for it (focus 0.975, type F1 0.713). `npx tsx test/understand/support/score-messages.ts --compare
 * --verbose` lists the misses.
 */
import { COMPARE_MESSAGES } from './support/compare-messages.js';
import { describeMessageSet } from './support/message-set.js';

describeMessageSet('messages comparing treatments, medicines or conditions', COMPARE_MESSAGES, 0.67);
