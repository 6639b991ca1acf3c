/**
 * The pets set (support/pets-messages.ts): messages about infections caught from pets, farm animals or wildlife
 * (toxoplasmosis, psittacosis, Lyme disease, cat scratch disease, rabies, Q fever, brucellosis), allergies to
 * animals, and keeping pets with a condition or a medicine. Written by someone who had read neither the code nor
 * the earlier sets, following the labeling guide; scored once, before any change made for it (focus 1.000, type
 * F1 0.768). `npx tsx test/understand/support/score-messages.ts --pets --verbose` lists the misses.
 */
import { PETS_MESSAGES } from './support/pets-messages.js';
import { describeMessageSet } from './support/message-set.js';

describeMessageSet('messages about animals', PETS_MESSAGES, 0.73);
