/**
 * The nutrition set (support/nutrition-messages.ts): messages about food and nutrition with a condition (PKU,
 * celiac disease, ketogenic diets for epilepsy, low-oxalate and low-FODMAP diets, feeding tubes, vitamin
 * deficiencies, eating disorders, failure to thrive, supplements). Written by someone who had read neither the
 * code nor the earlier sets, following the labeling guide; scored once, before any change made for it (focus
 * 1.000, type F1 0.870). `npx tsx test/understand/support/score-messages.ts --nutrition --verbose` lists the
 * misses.
 */
import { NUTRITION_MESSAGES } from './support/nutrition-messages.js';
import { describeMessageSet } from './support/message-set.js';

describeMessageSet('messages about food and nutrition', NUTRITION_MESSAGES, 0.83);
