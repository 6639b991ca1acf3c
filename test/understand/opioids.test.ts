/**
 * The opioids set (support/opioids-messages.ts): messages about strong painkillers (morphine, oxycodone,
 * tramadol, codeine, fentanyl patches) for pain in a condition: dependence, tapering, constipation, mixing with
 * other medicines and alcohol, pregnancy. Written by someone who had read neither the code nor the earlier sets,
 * following the labeling guide; scored once, before any change made for it (focus 1.000, type F1 0.898). `npx tsx
 * test/understand/support/score-messages.ts --opioids --verbose` lists the misses.
 */
import { OPIOIDS_MESSAGES } from './support/opioids-messages.js';
import { describeMessageSet } from './support/message-set.js';

describeMessageSet('strong painkillers', OPIOIDS_MESSAGES, 0.86);
