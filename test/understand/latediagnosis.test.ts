/**
 * The latediagnosis set (support/latediagnosis-messages.ts): messages from adults diagnosed late in life with a
 * condition usually found in childhood, or suspecting one after a relative's diagnosis: what it means now, for
 * their children, for their health. Written by someone who had read neither the code nor the earlier sets,
 * following the labeling guide; scored once, before any change made for it (focus 1.000, type F1 0.851). `npx tsx
 * test/understand/support/score-messages.ts --latediagnosis --verbose` lists the misses.
 */
import { LATEDIAGNOSIS_MESSAGES } from './support/latediagnosis-messages.js';
import { describeMessageSet } from './support/message-set.js';

describeMessageSet('diagnosis late in life', LATEDIAGNOSIS_MESSAGES, 0.81);
