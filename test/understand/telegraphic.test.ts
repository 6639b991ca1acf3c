/**
 * The telegraphic set (support/telegraphic-messages.ts): hurried messages without question marks, in
 * capitals, as commands or web-form lines. First scored, before any change against it: focus 0.950, type F1
 * 0.725; after its changes 0.873.
 * `npx tsx test/understand/support/score-messages.ts --telegraphic --verbose` lists the misses.
 */
import { TELEGRAPHIC_MESSAGES } from './support/telegraphic-messages.js';
import { describeMessageSet } from './support/message-set.js';

describeMessageSet('telegraphic messages', TELEGRAPHIC_MESSAGES, 0.84);
