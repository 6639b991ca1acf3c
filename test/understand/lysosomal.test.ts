/**
 * The lysosomal set (support/lysosomal-messages.ts): messages about lysosomal storage diseases: enzyme
 * replacement, diagnosis, symptoms, outlook, trials, with other questions about the condition and its
 * medicines. Written by someone who had read neither the code nor the earlier sets, following the labeling
 * guide; scored once, before any change made for it (focus 0.950, type F1 0.917). `npx tsx
 * test/understand/support/score-messages.ts --lysosomal --verbose` lists the misses.
 */
import { LYSOSOMAL_MESSAGES } from './support/lysosomal-messages.js';
import { describeMessageSet } from './support/message-set.js';

describeMessageSet('lysosomal storage diseases', LYSOSOMAL_MESSAGES, 0.88);
