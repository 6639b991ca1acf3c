/**
 * The skin set (support/skin-messages.ts), messages about skin, eye and ear conditions: written by someone who had read neither the code nor the
 * earlier sets, following the labeling guide; first scored before any change for it (focus 1.000, type F1
 * 0.748). `npx tsx test/understand/support/score-messages.ts --skin --verbose` lists the misses.
 */
import { SKIN_MESSAGES } from './support/skin-messages.js';
import { describeMessageSet } from './support/message-set.js';

describeMessageSet('messages about skin, eye and ear conditions', SKIN_MESSAGES, 0.71);
