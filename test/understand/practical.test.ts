/**
 * The practical set (support/practical-messages.ts): messages mixing practical matters (costs, insurance,
 * benefits, paperwork, travel, driving) with medical questions. Written by someone who had read neither the code
 * nor the earlier sets, following the labeling guide; scored once, before any change made for it (focus 0.975,
 * type F1 0.722). `npx tsx test/understand/support/score-messages.ts --practical --verbose` lists the misses.
 */
import { PRACTICAL_MESSAGES } from './support/practical-messages.js';
import { describeMessageSet } from './support/message-set.js';

describeMessageSet('practical matters mixed with medical questions', PRACTICAL_MESSAGES, 0.68);
