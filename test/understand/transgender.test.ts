/**
 * The transgender set (support/transgender-messages.ts): messages from transgender and non-binary people and
 * their families: hormone therapy with a condition or another medicine, screening after transition, inherited
 * conditions and fertility, finding doctors. Written by someone who had read neither the code nor the earlier
 * sets, following the labeling guide; scored once, before any change made for it (focus 1.000, type F1 0.883).
 * `npx tsx test/understand/support/score-messages.ts --transgender --verbose` lists the misses.
 */
import { TRANSGENDER_MESSAGES } from './support/transgender-messages.js';
import { describeMessageSet } from './support/message-set.js';

describeMessageSet('transgender and non-binary people', TRANSGENDER_MESSAGES, 0.84);
