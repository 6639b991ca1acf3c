/**
 * The howcommon set (support/howcommon-messages.ts): messages about how common or rare a condition is and who
 * gets it, with other questions about the condition. Written by someone who had read neither the code nor the
 * earlier sets, following the labeling guide; scored once, before any change made for it (focus 1.000, type F1
 * 0.887). `npx tsx test/understand/support/score-messages.ts --howcommon --verbose` lists the misses.
 */
import { HOWCOMMON_MESSAGES } from './support/howcommon-messages.js';
import { describeMessageSet } from './support/message-set.js';

describeMessageSet('how common a condition is', HOWCOMMON_MESSAGES, 0.85);
