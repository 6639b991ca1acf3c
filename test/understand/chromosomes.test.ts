/**
 * The chromosomes set (support/chromosomes-messages.ts): messages about chromosome conditions: trisomies,
 * deletions and duplications, mosaicism, karyotype and microarray results, with other questions about the
 * condition. Written by someone who had read neither the code nor the earlier sets, following the labeling
 * guide; scored once, before any change made for it (focus 0.925, type F1 0.857). `npx tsx
 * test/understand/support/score-messages.ts --chromosomes --verbose` lists the misses.
 */
import { CHROMOSOMES_MESSAGES } from './support/chromosomes-messages.js';
import { describeMessageSet } from './support/message-set.js';

describeMessageSet('chromosome conditions', CHROMOSOMES_MESSAGES, 0.82);
