/**
 * The autonomic set (support/autonomic-messages.ts): messages about conditions of the autonomic nervous
 * system and fainting (postural orthostatic tachycardia syndrome, familial dysautonomia, multiple system
 * atrophy, pure autonomic failure, vasovagal syncope, orthostatic hypotension): salt and fluids, medicines,
 * exercise, school and work, with other questions. Written by someone who had read neither the code nor the
 * earlier sets, following the labeling guide; scored once, before any change made for it (focus 0.950, type
 * F1 0.881). `npx tsx test/understand/support/score-messages.ts --autonomic --verbose` lists the misses.
 */
import { AUTONOMIC_MESSAGES } from './support/autonomic-messages.js';
import { describeMessageSet } from './support/message-set.js';

describeMessageSet('the autonomic nervous system and fainting', AUTONOMIC_MESSAGES, 0.84);
