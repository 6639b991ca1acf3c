/**
 * The endocrine set (support/endocrine-messages.ts): messages about rare hormone conditions: daily medicines,
 * emergencies, tests, with other questions about the condition and its medicines. Written by someone who had
 * read neither the code nor the earlier sets, following the labeling guide; scored once, before any change
 * made for it (focus 0.975, type F1 0.887). `npx tsx test/understand/support/score-messages.ts --endocrine
 * --verbose` lists the misses.
 */
import { ENDOCRINE_MESSAGES } from './support/endocrine-messages.js';
import { describeMessageSet } from './support/message-set.js';

describeMessageSet('rare hormone conditions', ENDOCRINE_MESSAGES, 0.85);
