/**
 * The abroad set (support/abroad-messages.ts): people writing English as a second language, or translated.
 * First scored, before any change against it: focus 1.000, type F1 0.672; after its changes 0.903.
 * `npx tsx test/understand/support/score-messages.ts --abroad --verbose` lists the misses.
 */
import { ABROAD_MESSAGES } from './support/abroad-messages.js';
import { describeMessageSet } from './support/message-set.js';

describeMessageSet('abroad messages', ABROAD_MESSAGES, 0.87);
