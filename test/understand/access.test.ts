/**
 * The access set (support/access-messages.ts): messages about getting care from rural areas, small countries or
 * long waiting lists: where to find a specialist, a clinic, a support group, a trial or a second opinion, with
 * questions about the condition. Written by someone who had read neither the code nor the earlier sets,
 * following the labeling guide; scored once, before any change made for it (focus 1.000, type F1 0.890). `npx
 * tsx test/understand/support/score-messages.ts --access --verbose` lists the misses.
 */
import { ACCESS_MESSAGES } from './support/access-messages.js';
import { describeMessageSet } from './support/message-set.js';

describeMessageSet('messages about getting care', ACCESS_MESSAGES, 0.85);
