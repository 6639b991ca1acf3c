/**
 * The diagnosed set (support/diagnosed-messages.ts): messages from the first days after a diagnosis: a person or
 * a parent just told the name of a condition, asking what it is, what happens now, whom to see, whether it is
 * their fault. Written by someone who had read neither the code nor the earlier sets, following the labeling
 * guide; scored once, before any change made for it (focus 1.000, type F1 0.899). `npx tsx
 * test/understand/support/score-messages.ts --diagnosed --verbose` lists the misses.
 */
import { DIAGNOSED_MESSAGES } from './support/diagnosed-messages.js';
import { describeMessageSet } from './support/message-set.js';

describeMessageSet('the first days after a diagnosis', DIAGNOSED_MESSAGES, 0.86);
