/**
 * The behavior set (support/behavior-messages.ts): messages about behavior and mood in people with a
 * condition: tantrums, anxiety, autism-like features, aggression, behavior medicines, with other questions
 * about the condition and its medicines. Written by someone who had read neither the code nor the earlier
 * sets, following the labeling guide; scored once, before any change made for it (focus 0.975, type F1
 * 0.786). `npx tsx test/understand/support/score-messages.ts --behavior --verbose` lists the misses.
 */
import { BEHAVIOR_MESSAGES } from './support/behavior-messages.js';
import { describeMessageSet } from './support/message-set.js';

describeMessageSet('behavior and mood', BEHAVIOR_MESSAGES, 0.75);
