/**
 * The throat set (support/throat-messages.ts): messages about ear, nose and throat (tonsils, sinuses,
 * nosebleeds, vocal cords, loss of smell, tinnitus, vertigo, Meniere disease, rare ENT conditions, nasal
 * sprays). Written by someone who had read neither the code nor the earlier sets, following the labeling guide;
 * scored once, before any change made for it (focus 1.000, type F1 0.918). `npx tsx
 * test/understand/support/score-messages.ts --throat --verbose` lists the misses.
 */
import { THROAT_MESSAGES } from './support/throat-messages.js';
import { describeMessageSet } from './support/message-set.js';

describeMessageSet('messages about ear, nose and throat', THROAT_MESSAGES, 0.88);
