/**
 * The rare set (support/rare-messages.ts): rare diseases as families write about them, with misspelled
 * names, abbreviations, the subject line, two conditions and three questions. First scored, before any
 * change against it: focus 1.000, type F1 0.800; after its changes 0.957.
 * `npx tsx test/understand/support/score-messages.ts --rare --verbose` lists the misses.
 */
import { describeMessageSet } from './support/message-set.js';
import { RARE_MESSAGES } from './support/rare-messages.js';

describeMessageSet('rare-disease messages', RARE_MESSAGES, 0.92);
