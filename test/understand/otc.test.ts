/**
 * The otc set (support/otc-messages.ts): messages about over-the-counter medicines with a condition or another
 * medicine: painkillers, antihistamines, cold remedies, laxatives, antacids, sleep aids; whether they are safe,
 * how much, with what, what they are for. Written by someone who had read neither the code nor the earlier sets,
 * following the labeling guide; scored once, before any change made for it (focus 1.000, type F1 0.808). `npx tsx
 * test/understand/support/score-messages.ts --otc --verbose` lists the misses.
 */
import { OTC_MESSAGES } from './support/otc-messages.js';
import { describeMessageSet } from './support/message-set.js';

describeMessageSet('over-the-counter medicines', OTC_MESSAGES, 0.77);
