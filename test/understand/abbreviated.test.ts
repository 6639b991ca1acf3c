/**
 * The abbreviated set (support/abbreviated-messages.ts): messages full of medical and chat abbreviations:
 * condition names (MS, ALS, CF, SMA, DMD, EDS, POTS, PKU, NF1, TSC, PCOS, IBD, RA, SLE, T1D, AF, DVT, PE, COPD),
 * tests (MRI, EEG, ECG, CBC, LFTs) and short forms (dx, tx, hx, rx, dr, appt, meds, w/, b/c). Written by someone
 * who had read neither the code nor the earlier sets, following the labeling guide; scored once, before any
 * change made for it (focus 1.000, type F1 0.912). `npx tsx test/understand/support/score-messages.ts
 * --abbreviated --verbose` lists the misses.
 */
import { ABBREVIATED_MESSAGES } from './support/abbreviated-messages.js';
import { describeMessageSet } from './support/message-set.js';

describeMessageSet('messages full of abbreviations', ABBREVIATED_MESSAGES, 0.87);
