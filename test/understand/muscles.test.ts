/**
 * The muscles set (support/muscles-messages.ts): messages about muscle and nerve-muscle conditions and their
 * medicines (myasthenia gravis, spinal muscular atrophy, muscular dystrophies, Charcot-Marie-Tooth disease, ALS,
 * Pompe disease). Written by someone who had read neither the code nor the earlier sets, following the labeling
 * guide; scored once, before any change made for it (focus 0.975, type F1 0.849). `npx tsx
 * test/understand/support/score-messages.ts --muscles --verbose` lists the misses.
 */
import { MUSCLES_MESSAGES } from './support/muscles-messages.js';
import { describeMessageSet } from './support/message-set.js';

describeMessageSet('messages about muscle and nerve-muscle conditions', MUSCLES_MESSAGES, 0.81);
