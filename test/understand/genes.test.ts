/**
 * The genes set (support/genes-messages.ts): messages about conditions named by their gene after a genetic test
 * (SCN2A, CDKL5 deficiency, SYNGAP1, STXBP1, KIF1A, ADNP syndrome, FOXG1 syndrome, MECP2 duplication, PTEN,
 * BRCA1, NF1, DMD, CFTR, HTT). Written by someone who had read neither the code nor the earlier sets, following
 * the labeling guide; scored once, before any change made for it (focus 0.925, type F1 0.878). `npx tsx
 * test/understand/support/score-messages.ts --genes --verbose` lists the misses.
 */
import { GENES_MESSAGES } from './support/genes-messages.js';
import { describeMessageSet } from './support/message-set.js';

describeMessageSet('messages about conditions named by their gene', GENES_MESSAGES, 0.84);
