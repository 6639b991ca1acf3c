/**
 * The tumorsyndromes set (support/tumorsyndromes-messages.ts): messages about tumour-predisposition syndromes
 * (neurofibromatosis, tuberous sclerosis complex, von Hippel-Lindau disease, Li-Fraumeni syndrome, Gorlin
 * syndrome, multiple endocrine neoplasia): scans, surveillance, surgery, medicines, family, with other
 * questions. Written by someone who had read neither the code nor the earlier sets, following the labeling
 * guide; scored once, before any change made for it (focus 1.000, type F1 0.879). `npx tsx
 * test/understand/support/score-messages.ts --tumorsyndromes --verbose` lists the misses.
 */
import { TUMORSYNDROMES_MESSAGES } from './support/tumorsyndromes-messages.js';
import { describeMessageSet } from './support/message-set.js';

describeMessageSet('tumour-predisposition syndromes', TUMORSYNDROMES_MESSAGES, 0.84);
