/**
 * The kidneys set (support/kidneys-messages.ts): messages about kidney and urinary conditions and their
 * medicines (polycystic kidney disease, Alport syndrome, nephrotic syndrome, kidney stones, dialysis and
 * transplant). Written by someone who had read neither the code nor the earlier sets, following the labeling
 * guide; scored once, before any change made for it (focus 0.975, type F1 0.855). `npx tsx
 * test/understand/support/score-messages.ts --kidneys --verbose` lists the misses.
 */
import { KIDNEYS_MESSAGES } from './support/kidneys-messages.js';
import { describeMessageSet } from './support/message-set.js';

describeMessageSet('messages about kidney and urinary conditions', KIDNEYS_MESSAGES, 0.81);
