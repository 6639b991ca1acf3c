/**
 * The prenatal set (support/prenatal-messages.ts): messages about pregnancy and before birth: scan findings,
 * prenatal testing, IVF and embryo testing, a diagnosis made during pregnancy, what it means for the baby,
 * with other questions. Written by someone who had read neither the code nor the earlier sets, following the
 * labeling guide; scored once, before any change made for it (focus 1.000, type F1 0.851). `npx tsx
 * test/understand/support/score-messages.ts --prenatal --verbose` lists the misses.
 */
import { PRENATAL_MESSAGES } from './support/prenatal-messages.js';
import { describeMessageSet } from './support/message-set.js';

describeMessageSet('before birth', PRENATAL_MESSAGES, 0.81);
