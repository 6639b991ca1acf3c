/**
 * The elderly set (support/elderly-messages.ts): older people writing formal, polite letters about late-life
 * conditions and their medicines. First scored, before any change against it: focus 1.000, type F1 0.407;
 * after its changes 0.892.
 * `npx tsx test/understand/support/score-messages.ts --elderly --verbose` lists the misses.
 */
import { ELDERLY_MESSAGES } from './support/elderly-messages.js';
import { describeMessageSet } from './support/message-set.js';

describeMessageSet('elderly messages', ELDERLY_MESSAGES, 0.86);
