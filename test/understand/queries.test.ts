/**
 * The queries set (support/queries-messages.ts): very short messages typed the way people type into a search
 * box. First scored, before any change against it: focus 0.950, type F1 0.783; after its changes 0.872. `npx
 * tsx test/understand/support/score-messages.ts --queries --verbose` lists the misses.
 */
import { QUERIES_MESSAGES } from './support/queries-messages.js';
import { describeMessageSet } from './support/message-set.js';

describeMessageSet('search-box queries', QUERIES_MESSAGES, 0.83);
