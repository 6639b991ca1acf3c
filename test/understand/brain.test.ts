/**
 * The brain set (support/brain-messages.ts): messages about brain malformations and structure: hydrocephalus
 * and shunts, Chiari malformation, microcephaly, agenesis of the corpus callosum, cysts, with other questions
 * about the condition and its medicines. Written by someone who had read neither the code nor the earlier
 * sets, following the labeling guide; scored once, before any change made for it (focus 0.950, type F1
 * 0.912). `npx tsx test/understand/support/score-messages.ts --brain --verbose` lists the misses.
 */
import { BRAIN_MESSAGES } from './support/brain-messages.js';
import { describeMessageSet } from './support/message-set.js';

describeMessageSet('brain malformations', BRAIN_MESSAGES, 0.87);
