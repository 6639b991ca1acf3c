/**
 * The stones set (support/stones-messages.ts): messages about rare conditions that cause kidney stones or
 * calcium and salt problems (cystinuria, primary hyperoxaluria, Dent disease, medullary sponge kidney, distal
 * renal tubular acidosis, hypophosphatemic rickets): diet and fluids, medicines, surgery, children, with
 * other questions. Written by someone who had read neither the code nor the earlier sets, following the
 * labeling guide; scored once, before any change made for it (focus 0.975, type F1 0.863). `npx tsx
 * test/understand/support/score-messages.ts --stones --verbose` lists the misses.
 */
import { STONES_MESSAGES } from './support/stones-messages.js';
import { describeMessageSet } from './support/message-set.js';

describeMessageSet('kidney stones and salt problems', STONES_MESSAGES, 0.82);
