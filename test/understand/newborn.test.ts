/**
 * The newborn set (support/newborn-messages.ts): parents of babies and infants after screening, the NICU or a
 * diagnosis at birth. First scored, before any change against it: focus 0.950, type F1 0.800; after its
 * changes 0.879. `npx tsx test/understand/support/score-messages.ts --newborn --verbose` lists the misses.
 */
import { NEWBORN_MESSAGES } from './support/newborn-messages.js';
import { describeMessageSet } from './support/message-set.js';

describeMessageSet('messages about newborns and infants', NEWBORN_MESSAGES, 0.84);
