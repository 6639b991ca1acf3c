/**
 * The worried set (support/worried-messages.ts): messages from worried people with symptoms who found a
 * condition online and ask whether they might have it, how it is diagnosed and what it would mean. Written by
 * someone who had read neither the code nor the earlier sets, following the labeling guide; scored once, before
 * any change made for it (focus 1.000, type F1 0.887). `npx tsx test/understand/support/score-messages.ts
 * --worried --verbose` lists the misses.
 */
import { WORRIED_MESSAGES } from './support/worried-messages.js';
import { describeMessageSet } from './support/message-set.js';

describeMessageSet('messages from worried people', WORRIED_MESSAGES, 0.85);
