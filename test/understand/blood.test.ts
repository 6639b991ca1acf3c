/**
 * The blood set (support/blood-messages.ts): messages about blood conditions and their medicines (sickle cell
 * disease, thalassemia, hemophilia, ITP, blood thinners, iron, factor products). Written by someone who had read
 * neither the code nor the earlier sets, following the labeling guide; scored once, before any change made for
 * it (focus 0.975, type F1 0.841). `npx tsx test/understand/support/score-messages.ts --blood --verbose` lists
 * the misses.
 */
import { BLOOD_MESSAGES } from './support/blood-messages.js';
import { describeMessageSet } from './support/message-set.js';

describeMessageSet('messages about blood conditions', BLOOD_MESSAGES, 0.8);
