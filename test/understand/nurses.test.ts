/**
 * The nurses set (support/nurses-messages.ts): messages from nurses, carers and care-home staff writing for a
 * patient or resident: a condition or a medicine, doses through feeding tubes, crushing tablets, side effects
 * noticed, what to watch for, whom to refer to. Written by someone who had read neither the code nor the earlier
 * sets, following the labeling guide; scored once, before any change made for it (focus 1.000, type F1 0.820).
 * `npx tsx test/understand/support/score-messages.ts --nurses --verbose` lists the misses.
 */
import { NURSES_MESSAGES } from './support/nurses-messages.js';
import { describeMessageSet } from './support/message-set.js';

describeMessageSet('messages from nurses and carers', NURSES_MESSAGES, 0.78);
