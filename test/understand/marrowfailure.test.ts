/**
 * The marrowfailure set (support/marrowfailure-messages.ts): messages about bone marrow failure and rare
 * blood-making conditions (Fanconi anemia, Diamond-Blackfan anemia, aplastic anemia, dyskeratosis congenita,
 * Shwachman-Diamond syndrome, paroxysmal nocturnal hemoglobinuria): transfusions, transplant and donors, iron
 * overload, cancer risk, with other questions. Written by someone who had read neither the code nor the
 * earlier sets, following the labeling guide; scored once, before any change made for it (focus 0.950, type
 * F1 0.895). `npx tsx test/understand/support/score-messages.ts --marrowfailure --verbose` lists the misses.
 */
import { MARROWFAILURE_MESSAGES } from './support/marrowfailure-messages.js';
import { describeMessageSet } from './support/message-set.js';

describeMessageSet('bone marrow failure', MARROWFAILURE_MESSAGES, 0.85);
