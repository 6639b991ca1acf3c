/**
 * The transitions set (support/transitions-messages.ts): messages about a change in life with a condition
 * (moving to adult care, leaving home, a new city, getting older, a late diagnosis, switching doctors or
 * medicines). Written by someone who had read neither the code nor the earlier sets, following the labeling
 * guide; scored once, before any change made for it (focus 0.950, type F1 0.800). `npx tsx
 * test/understand/support/score-messages.ts --transitions --verbose` lists the misses.
 */
import { TRANSITIONS_MESSAGES } from './support/transitions-messages.js';
import { describeMessageSet } from './support/message-set.js';

describeMessageSet('changes in life with a condition', TRANSITIONS_MESSAGES, 0.76);
