/**
 * The men set (support/men-messages.ts): messages about men's health conditions and their medicines (Klinefelter
 * syndrome, low testosterone, Peyronie disease, prostate conditions, male infertility), often brief. Written by
 * someone who had read neither the code nor the earlier sets, following the labeling guide; scored once, before
 * any change made for it (focus 0.925, type F1 0.873). `npx tsx test/understand/support/score-messages.ts --men
 * --verbose` lists the misses.
 */
import { MEN_MESSAGES } from './support/men-messages.js';
import { describeMessageSet } from './support/message-set.js';

describeMessageSet("messages about men's health", MEN_MESSAGES, 0.83);
