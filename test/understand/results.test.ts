/**
 * The results set (support/results-messages.ts): messages about genetic and lab test results people do not
 * understand: variants of uncertain significance, carrier results, gene names, borderline values, with other
 * questions about the condition. Written by someone who had read neither the code nor the earlier sets,
 * following the labeling guide; scored once, before any change made for it (focus 0.900, type F1 0.807). `npx
 * tsx test/understand/support/score-messages.ts --results --verbose` lists the misses.
 */
import { RESULTS_MESSAGES } from './support/results-messages.js';
import { describeMessageSet } from './support/message-set.js';

describeMessageSet('test results', RESULTS_MESSAGES, 0.77);
