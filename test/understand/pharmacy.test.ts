/**
 * The pharmacy set (support/pharmacy-messages.ts), medicines as people bring them to a pharmacist: written by
 * someone who had read neither the code nor the earlier sets, following the labeling guide; first scored
 * before any change for it (focus 0.975, type F1 0.696). `npx tsx test/understand/support/score-messages.ts
 * --pharmacy --verbose` lists the misses.
 */
import { PHARMACY_MESSAGES } from './support/pharmacy-messages.js';
import { describeMessageSet } from './support/message-set.js';

describeMessageSet('questions brought to a pharmacist', PHARMACY_MESSAGES, 0.68);
