/**
 * The donation set (support/donation-messages.ts): messages about donating and research: brain, tissue, blood
 * or organ donation, biobanks and registries, sharing medical data, being a donor with a condition, with
 * other questions about the condition. Written by someone who had read neither the code nor the earlier sets,
 * following the labeling guide; scored once, before any change made for it (focus 1.000, type F1 0.716). `npx
 * tsx test/understand/support/score-messages.ts --donation --verbose` lists the misses.
 */
import { DONATION_MESSAGES } from './support/donation-messages.js';
import { describeMessageSet } from './support/message-set.js';

describeMessageSet('donation and research', DONATION_MESSAGES, 0.68);
