/**
 * The thirteenth final set (support/final13-messages.ts): every style, written by someone who had read neither
 * the code nor the earlier sets, following the labeling guide; scored once at the start of its round, before
 * any change to the understanding stage (focus 1.000, type F1 0.850), and never tuned on. `npx tsx
 * test/understand/support/score-messages.ts --final13 --verbose` lists the misses.
 */
import { FINAL13_MESSAGES } from './support/final13-messages.js';
import { describeMessageSet } from './support/message-set.js';

describeMessageSet('final set of messages (thirteenth)', FINAL13_MESSAGES, 0.81);
