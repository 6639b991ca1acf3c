/**
 * The conflicting set (support/conflicting-messages.ts): messages from people who got conflicting advice (two
 * doctors, the pharmacist and the GP, the leaflet and the specialist) asking which is right, often with another
 * question. Written by someone who had read neither the code nor the earlier sets, following the labeling guide;
 * scored once, before any change made for it (focus 0.950, type F1 0.653). `npx tsx
 * test/understand/support/score-messages.ts --conflicting --verbose` lists the misses.
 */
import { CONFLICTING_MESSAGES } from './support/conflicting-messages.js';
import { describeMessageSet } from './support/message-set.js';

describeMessageSet('messages weighing conflicting advice', CONFLICTING_MESSAGES, 0.61);
