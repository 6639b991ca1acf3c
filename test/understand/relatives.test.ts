/**
 * The relatives set (support/relatives-messages.ts): grandparents, siblings, friends and colleagues writing
 * about someone else. First scored, before any change against it: focus 1.000, type F1 0.783; after its
 * changes 0.843. `npx tsx test/understand/support/score-messages.ts --relatives --verbose` lists the misses.
 */
import { RELATIVES_MESSAGES } from './support/relatives-messages.js';
import { describeMessageSet } from './support/message-set.js';

describeMessageSet('messages from relatives and friends', RELATIVES_MESSAGES, 0.79);
