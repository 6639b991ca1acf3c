/**
 * The doubts set (support/doubts-messages.ts): messages from people who doubt a diagnosis or want a second
 * opinion ("the doctor says it is X but I think it is Y", "could it be misdiagnosed", symptoms that do not fit,
 * where to find an expert). Written by someone who had read neither the code nor the earlier sets, following the
 * labeling guide; scored once, before any change made for it (focus 1.000, type F1 0.938). `npx tsx
 * test/understand/support/score-messages.ts --doubts --verbose` lists the misses.
 */
import { DOUBTS_MESSAGES } from './support/doubts-messages.js';
import { describeMessageSet } from './support/message-set.js';

describeMessageSet('messages doubting a diagnosis', DOUBTS_MESSAGES, 0.9);
