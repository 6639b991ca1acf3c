/**
 * The survivors set (support/survivors-messages.ts): messages from survivors of childhood cancer, transplants,
 * heart surgery or a serious illness about late effects, follow-up, fertility, whether it can come back, and the
 * medicines they still take. Written by someone who had read neither the code nor the earlier sets, following
 * the labeling guide; scored once, before any change made for it (focus 1.000, type F1 0.817). `npx tsx
 * test/understand/support/score-messages.ts --survivors --verbose` lists the misses.
 */
import { SURVIVORS_MESSAGES } from './support/survivors-messages.js';
import { describeMessageSet } from './support/message-set.js';

describeMessageSet('messages from survivors', SURVIVORS_MESSAGES, 0.78);
