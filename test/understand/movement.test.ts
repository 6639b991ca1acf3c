/**
 * The movement set (support/movement-messages.ts): messages about movement disorders: tremor, dystonia, tics,
 * chorea, ataxia, restless legs, Parkinson-like conditions and their medicines, from people describing movements
 * they see in themselves or relatives. Written by someone who had read neither the code nor the earlier sets,
 * following the labeling guide; scored once, before any change made for it (focus 1.000, type F1 0.952). `npx tsx
 * test/understand/support/score-messages.ts --movement --verbose` lists the misses.
 */
import { MOVEMENT_MESSAGES } from './support/movement-messages.js';
import { describeMessageSet } from './support/message-set.js';

describeMessageSet('movement disorders', MOVEMENT_MESSAGES, 0.91);
