/**
 * The rhythm set (support/rhythm-messages.ts): messages about inherited heart rhythm and heart muscle
 * conditions: fainting, sport, medicines to avoid, ICDs, family screening, with other questions about the
 * condition and its medicines. Written by someone who had read neither the code nor the earlier sets,
 * following the labeling guide; scored once, before any change made for it (focus 1.000, type F1 0.964). `npx
 * tsx test/understand/support/score-messages.ts --rhythm --verbose` lists the misses.
 */
import { RHYTHM_MESSAGES } from './support/rhythm-messages.js';
import { describeMessageSet } from './support/message-set.js';

describeMessageSet('heart rhythm and heart muscle conditions', RHYTHM_MESSAGES, 0.92);
