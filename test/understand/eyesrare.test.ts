/**
 * The eyesrare set (support/eyesrare-messages.ts): messages about rare eye conditions (retinitis pigmentosa,
 * Stargardt disease, Leber congenital amaurosis, aniridia, albinism, retinoblastoma, keratoconus, uveitis,
 * optic neuritis): sight loss, gene therapy, aids, school and driving, with other questions. Written by
 * someone who had read neither the code nor the earlier sets, following the labeling guide; scored once,
 * before any change made for it (focus 0.975, type F1 0.900). `npx tsx
 * test/understand/support/score-messages.ts --eyesrare --verbose` lists the misses.
 */
import { EYESRARE_MESSAGES } from './support/eyesrare-messages.js';
import { describeMessageSet } from './support/message-set.js';

describeMessageSet('rare eye conditions', EYESRARE_MESSAGES, 0.86);
