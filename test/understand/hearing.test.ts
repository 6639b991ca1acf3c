/**
 * The hearing set (support/hearing-messages.ts): messages about ears, hearing and balance (hereditary hearing
 * loss, Usher syndrome, otosclerosis, Meniere disease, tinnitus, cochlear implants, hearing aids) and ear
 * medicines. Written by someone who had read neither the code nor the earlier sets, following the labeling
 * guide; scored once, before any change made for it (focus 0.975, type F1 0.891). `npx tsx
 * test/understand/support/score-messages.ts --hearing --verbose` lists the misses.
 */
import { HEARING_MESSAGES } from './support/hearing-messages.js';
import { describeMessageSet } from './support/message-set.js';

describeMessageSet('messages about ears, hearing and balance', HEARING_MESSAGES, 0.85);
