/**
 * The requests set (support/requests-messages.ts): messages whose questions are mostly phrased as requests
 * and statements of need ("Please send me...", "I need to know...", "Looking for...", "Info wanted:"), as
 * people write to a library or an information service, with a few ordinary questions mixed in. Written by
 * someone who had read neither the code nor the earlier sets, following the labeling guide; scored once at
 * the start of its round, before any change to the understanding stage (focus 1.000, type F1 0.788). `npx
 * tsx test/understand/support/score-messages.ts --requests --verbose` lists the misses.
 */
import { REQUESTS_MESSAGES } from './support/requests-messages.js';
import { describeMessageSet } from './support/message-set.js';

describeMessageSet('messages that ask by request or statement', REQUESTS_MESSAGES, 0.75);
