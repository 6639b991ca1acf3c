/**
 * The trials set (support/trials-messages.ts): messages about clinical trials and research: finding a trial,
 * whether to join, experimental and gene therapies, compassionate use, what a study found, and the condition
 * itself. Written by someone who had read neither the code nor the earlier sets, following the labeling guide;
 * scored once, before any change made for it (focus 1.000, type F1 0.859). `npx tsx
 * test/understand/support/score-messages.ts --trials --verbose` lists the misses.
 */
import { TRIALS_MESSAGES } from './support/trials-messages.js';
import { describeMessageSet } from './support/message-set.js';

describeMessageSet('clinical trials and research', TRIALS_MESSAGES, 0.82);
