/**
 * The fasting set (support/fasting-messages.ts): messages about fasting and religious or cultural practice:
 * fasting with a condition or on a medicine, doses around fasts, pilgrimages, special diets for religious
 * reasons. Written by someone who had read neither the code nor the earlier sets, following the labeling guide;
 * scored once, before any change made for it (focus 1.000, type F1 0.814). `npx tsx
 * test/understand/support/score-messages.ts --fasting --verbose` lists the misses.
 */
import { FASTING_MESSAGES } from './support/fasting-messages.js';
import { describeMessageSet } from './support/message-set.js';

describeMessageSet('fasting and religious practice', FASTING_MESSAGES, 0.77);
