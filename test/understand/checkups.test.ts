/**
 * The checkups set (support/checkups-messages.ts): messages about check-ups and monitoring: which tests and how
 * often for a condition or a medicine, yearly scans, blood tests on a medicine, eye and heart checks, who should
 * do the follow-up. Written by someone who had read neither the code nor the earlier sets, following the labeling
 * guide; scored once, before any change made for it (focus 1.000, type F1 0.647). `npx tsx
 * test/understand/support/score-messages.ts --checkups --verbose` lists the misses.
 */
import { CHECKUPS_MESSAGES } from './support/checkups-messages.js';
import { describeMessageSet } from './support/message-set.js';

describeMessageSet('check-ups and monitoring', CHECKUPS_MESSAGES, 0.61);
