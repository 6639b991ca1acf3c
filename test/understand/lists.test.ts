/**
 * The lists set (support/lists-messages.ts): messages that list their questions, numbered (1. 2. or 1) 2)), with
 * dashes or bullets, or as first, second and also; most ask two to four questions. Written by someone who had
 * read neither the code nor the earlier sets, following the labeling guide; scored once, before any change made
 * for it (focus 1.000, type F1 0.888). `npx tsx test/understand/support/score-messages.ts --lists --verbose`
 * lists the misses.
 */
import { LISTS_MESSAGES } from './support/lists-messages.js';
import { describeMessageSet } from './support/message-set.js';

describeMessageSet('messages that list their questions', LISTS_MESSAGES, 0.85);
