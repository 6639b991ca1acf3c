/**
 * The metabolic set (support/metabolic-messages.ts): messages about inherited metabolic conditions and the diets
 * and medicines that treat them (phenylketonuria, MCAD deficiency, galactosemia, Gaucher disease, urea cycle
 * disorders; newborn screening, special formula, illness days). Written by someone who had read neither the code
 * nor the earlier sets, following the labeling guide; scored once, before any change made for it (focus 0.950,
 * type F1 0.823). `npx tsx test/understand/support/score-messages.ts --metabolic --verbose` lists the misses.
 */
import { METABOLIC_MESSAGES } from './support/metabolic-messages.js';
import { describeMessageSet } from './support/message-set.js';

describeMessageSet('messages about inherited metabolic conditions', METABOLIC_MESSAGES, 0.78);
