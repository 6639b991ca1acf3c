/**
 * The screens set (support/screens-messages.ts): messages about screens, light and sound: video games and
 * flashing lights with epilepsy, screen time with eye or migraine conditions, noise and hearing, and the
 * condition itself. Written by someone who had read neither the code nor the earlier sets, following the labeling
 * guide; scored once, before any change made for it (focus 1.000, type F1 0.855). `npx tsx
 * test/understand/support/score-messages.ts --screens --verbose` lists the misses.
 */
import { SCREENS_MESSAGES } from './support/screens-messages.js';
import { describeMessageSet } from './support/message-set.js';

describeMessageSet('screens, light and sound', SCREENS_MESSAGES, 0.81);
