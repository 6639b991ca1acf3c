/**
 * The epilepsy set (support/epilepsy-messages.ts): messages about seizures and epilepsy: seizure medicines,
 * their doses and side effects, rescue medicines, triggers, seizures in rare syndromes, with other questions
 * about the condition. Written by someone who had read neither the code nor the earlier sets, following the
 * labeling guide; scored once, before any change made for it (focus 1.000, type F1 0.919). `npx tsx
 * test/understand/support/score-messages.ts --epilepsy --verbose` lists the misses.
 */
import { EPILEPSY_MESSAGES } from './support/epilepsy-messages.js';
import { describeMessageSet } from './support/message-set.js';

describeMessageSet('seizures and epilepsy', EPILEPSY_MESSAGES, 0.88);
