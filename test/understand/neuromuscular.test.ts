/**
 * The neuromuscular set (support/neuromuscular-messages.ts): messages about neuromuscular conditions
 * (muscular dystrophies, spinal muscular atrophy, myotonic dystrophy, Charcot-Marie-Tooth disease, myasthenia
 * gravis, Pompe disease): breathing, wheelchairs, heart, steroids, anaesthesia, school, with other questions.
 * Written by someone who had read neither the code nor the earlier sets, following the labeling guide; scored
 * once, before any change made for it (focus 0.925, type F1 0.928). `npx tsx
 * test/understand/support/score-messages.ts --neuromuscular --verbose` lists the misses.
 */
import { NEUROMUSCULAR_MESSAGES } from './support/neuromuscular-messages.js';
import { describeMessageSet } from './support/message-set.js';

describeMessageSet('neuromuscular conditions', NEUROMUSCULAR_MESSAGES, 0.89);
