/**
 * The fatigue set (support/fatigue-messages.ts): messages about tiredness and exhaustion: fatigue in a condition
 * or from a medicine, chronic fatigue, sleepiness, whether tiredness is a sign of something, what helps. Written
 * by someone who had read neither the code nor the earlier sets, following the labeling guide; scored once,
 * before any change made for it (focus 1.000, type F1 0.939). `npx tsx test/understand/support/score-messages.ts
 * --fatigue --verbose` lists the misses.
 */
import { FATIGUE_MESSAGES } from './support/fatigue-messages.js';
import { describeMessageSet } from './support/message-set.js';

describeMessageSet('tiredness and exhaustion', FATIGUE_MESSAGES, 0.9);
