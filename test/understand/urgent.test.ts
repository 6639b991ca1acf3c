/**
 * The urgent set (support/urgent-messages.ts): worried messages written in the moment (a missed or doubled dose,
 * a new symptom, a bad result, a relative in hospital) asking what it means and what to do. Written by someone
 * who had read neither the code nor the earlier sets, following the labeling guide; scored once, before any
 * change made for it (focus 1.000, type F1 0.689). `npx tsx test/understand/support/score-messages.ts --urgent
 * --verbose` lists the misses.
 */
import { URGENT_MESSAGES } from './support/urgent-messages.js';
import { describeMessageSet } from './support/message-set.js';

describeMessageSet('worried messages written in the moment', URGENT_MESSAGES, 0.65);
