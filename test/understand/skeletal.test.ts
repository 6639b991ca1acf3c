/**
 * The skeletal set (support/skeletal-messages.ts): messages about skeletal dysplasias and bone conditions:
 * surgery, height, pain, new medicines, inheritance, with other questions. Written by someone who had read
 * neither the code nor the earlier sets, following the labeling guide; scored once, before any change made
 * for it (focus 0.925, type F1 0.836). `npx tsx test/understand/support/score-messages.ts --skeletal
 * --verbose` lists the misses.
 */
import { SKELETAL_MESSAGES } from './support/skeletal-messages.js';
import { describeMessageSet } from './support/message-set.js';

describeMessageSet('skeletal dysplasias', SKELETAL_MESSAGES, 0.8);
