/**
 * The grandparents set (support/grandparents-messages.ts): messages from grandparents about a grandchild's
 * condition: what it is, whether it came from their side of the family, how to help, what to expect. Written by
 * someone who had read neither the code nor the earlier sets, following the labeling guide; scored once, before
 * any change made for it (focus 1.000, type F1 0.890). `npx tsx test/understand/support/score-messages.ts
 * --grandparents --verbose` lists the misses.
 */
import { GRANDPARENTS_MESSAGES } from './support/grandparents-messages.js';
import { describeMessageSet } from './support/message-set.js';

describeMessageSet('messages from grandparents', GRANDPARENTS_MESSAGES, 0.85);
