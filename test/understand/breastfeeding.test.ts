/**
 * The breastfeeding set (support/breastfeeding-messages.ts): messages about breastfeeding and the weeks after
 * birth: medicines while breastfeeding, a mother's condition and feeding, a baby with a condition who feeds
 * poorly, formula for babies with metabolic conditions. Written by someone who had read neither the code nor the
 * earlier sets, following the labeling guide; scored once, before any change made for it (focus 1.000, type F1
 * 0.803). `npx tsx test/understand/support/score-messages.ts --breastfeeding --verbose` lists the misses.
 */
import { BREASTFEEDING_MESSAGES } from './support/breastfeeding-messages.js';
import { describeMessageSet } from './support/message-set.js';

describeMessageSet('breastfeeding and the weeks after birth', BREASTFEEDING_MESSAGES, 0.76);
