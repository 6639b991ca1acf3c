/**
 * The drug set (support/drug-messages.ts): how people ask about the medicines they take. First scored,
 * before any change against it: focus 0.950, type F1 0.780; after its changes focus 0.975, type F1 0.951.
 * `npx tsx test/understand/support/score-messages.ts --drugs --verbose` lists the misses.
 */
import { DRUG_MESSAGES } from './support/drug-messages.js';
import { describeMessageSet } from './support/message-set.js';

describeMessageSet('medicine messages', DRUG_MESSAGES, 0.92);
