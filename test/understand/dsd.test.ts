/**
 * The dsd set (support/dsd-messages.ts): messages about differences of sex development and conditions of the
 * sex chromosomes and reproductive organs (androgen insensitivity syndrome, congenital adrenal hyperplasia,
 * Klinefelter syndrome, Turner syndrome, MRKH syndrome, Kallmann syndrome), from parents, teenagers and
 * adults: what it is, hormones, surgery decisions, fertility, telling others, with other questions. Written
 * by someone who had read neither the code nor the earlier sets, following the labeling guide; scored once,
 * before any change made for it (focus 0.950, type F1 0.827). `npx tsx
 * test/understand/support/score-messages.ts --dsd --verbose` lists the misses.
 */
import { DSD_MESSAGES } from './support/dsd-messages.js';
import { describeMessageSet } from './support/message-set.js';

describeMessageSet('differences of sex development', DSD_MESSAGES, 0.79);
