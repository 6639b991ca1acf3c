/**
 * The letters set (support/letters-messages.ts): messages quoting a clinic letter, a lab report or a discharge
 * summary (heterozygous, variant of uncertain significance, karyotype, ejection fraction, eGFR, likely
 * pathogenic) and asking what it means and what comes next. Written by someone who had read neither the code nor
 * the earlier sets, following the labeling guide; scored once, before any change made for it (focus 1.000, type
 * F1 0.797). `npx tsx test/understand/support/score-messages.ts --letters --verbose` lists the misses.
 */
import { LETTERS_MESSAGES } from './support/letters-messages.js';
import { describeMessageSet } from './support/message-set.js';

describeMessageSet('messages quoting letters and reports', LETTERS_MESSAGES, 0.76);
