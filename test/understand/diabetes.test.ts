/**
 * The diabetes set (support/diabetes-messages.ts): messages about rare and unusual kinds of diabetes and
 * blood sugar problems, their medicines and tests, with other questions about the condition. Written by
 * someone who had read neither the code nor the earlier sets, following the labeling guide; scored once,
 * before any change made for it (focus 0.925, type F1 0.734). `npx tsx test/understand/support/score-messages.ts --diabetes --verbose` lists the misses.
 */
import { DIABETES_MESSAGES } from './support/diabetes-messages.js';
import { describeMessageSet } from './support/message-set.js';

describeMessageSet('rare kinds of diabetes', DIABETES_MESSAGES, 0.69);
