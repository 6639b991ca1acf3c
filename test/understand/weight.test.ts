/**
 * The weight set (support/weight-messages.ts): messages about weight: gain or loss from a condition or a
 * medicine, children not growing or gaining, appetite, diets and weight-loss medicines with a condition. Written
 * by someone who had read neither the code nor the earlier sets, following the labeling guide; scored once,
 * before any change made for it (focus 1.000, type F1 0.919). `npx tsx test/understand/support/score-messages.ts
 * --weight --verbose` lists the misses.
 */
import { WEIGHT_MESSAGES } from './support/weight-messages.js';
import { describeMessageSet } from './support/message-set.js';

describeMessageSet('weight', WEIGHT_MESSAGES, 0.88);
