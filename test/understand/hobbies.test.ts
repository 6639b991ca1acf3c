/**
 * The hobbies set (support/hobbies-messages.ts): messages about hobbies and pastimes with a condition or a
 * medicine (scuba diving, flying, gardening, pets, horse riding, singing, saunas, tattoos, hiking at altitude,
 * religious fasting). Written by someone who had read neither the code nor the earlier sets, following the
 * labeling guide; scored once, before any change made for it (focus 1.000, type F1 0.714). `npx tsx
 * test/understand/support/score-messages.ts --hobbies --verbose` lists the misses.
 */
import { HOBBIES_MESSAGES } from './support/hobbies-messages.js';
import { describeMessageSet } from './support/message-set.js';

describeMessageSet('messages about hobbies', HOBBIES_MESSAGES, 0.67);
