/**
 * The nerves set (support/nerves-messages.ts): messages about nerve conditions: Charcot-Marie-Tooth,
 * neuropathies, Guillain-Barre, CIDP, nerve pain medicines, with other questions about the condition and its
 * medicines. Written by someone who had read neither the code nor the earlier sets, following the labeling
 * guide; scored once, before any change made for it (focus 1.000, type F1 0.906). `npx tsx
 * test/understand/support/score-messages.ts --nerves --verbose` lists the misses.
 */
import { NERVES_MESSAGES } from './support/nerves-messages.js';
import { describeMessageSet } from './support/message-set.js';

describeMessageSet('nerve conditions', NERVES_MESSAGES, 0.87);
