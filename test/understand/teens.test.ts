/**
 * The teens set (support/teens-messages.ts): young people writing about themselves, the way teenagers write.
 * First scored, before any change against it: focus 1.000, type F1 0.646; after its changes 0.798. `npx tsx
 * test/understand/support/score-messages.ts --teens --verbose` lists the misses.
 */
import { TEENS_MESSAGES } from './support/teens-messages.js';
import { describeMessageSet } from './support/message-set.js';

describeMessageSet('messages from teenagers', TEENS_MESSAGES, 0.7);
