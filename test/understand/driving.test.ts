/**
 * The driving set (support/driving-messages.ts): messages about driving and getting around: driving with a
 * condition or on a medicine, seizures and licences, drowsy medicines, mobility aids, what the law and the doctor
 * may say. Written by someone who had read neither the code nor the earlier sets, following the labeling guide;
 * scored once, before any change made for it (focus 1.000, type F1 0.800). `npx tsx
 * test/understand/support/score-messages.ts --driving --verbose` lists the misses.
 */
import { DRIVING_MESSAGES } from './support/driving-messages.js';
import { describeMessageSet } from './support/message-set.js';

describeMessageSet('driving and getting around', DRIVING_MESSAGES, 0.76);
