/**
 * The bladder set (support/bladder-messages.ts): messages about bladder, urinary and prostate problems and their
 * medicines (incontinence, interstitial cystitis, kidney stones, recurrent urinary infections, enlarged
 * prostate, bedwetting, tamsulosin, oxybutynin), often written around the subject. Written by someone who had
 * read neither the code nor the earlier sets, following the labeling guide; scored once, before any change made
 * for it (focus 1.000, type F1 0.892). `npx tsx test/understand/support/score-messages.ts --bladder --verbose`
 * lists the misses.
 */
import { BLADDER_MESSAGES } from './support/bladder-messages.js';
import { describeMessageSet } from './support/message-set.js';

describeMessageSet('messages about the bladder', BLADDER_MESSAGES, 0.85);
