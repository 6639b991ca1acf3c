/**
 * The cancer set (support/cancer-messages.ts), messages about cancers: written by someone who had read neither the code nor the
 * earlier sets, following the labeling guide; first scored before any change for it (focus 1.000, type F1
 * 0.739). `npx tsx test/understand/support/score-messages.ts --cancer --verbose` lists the misses.
 */
import { CANCER_MESSAGES } from './support/cancer-messages.js';
import { describeMessageSet } from './support/message-set.js';

describeMessageSet('messages about cancers', CANCER_MESSAGES, 0.7);
