/**
 * The pregnancy set (support/pregnancy-messages.ts): people planning a pregnancy, pregnant or breastfeeding,
 * with a condition or a medicine. First scored, before any change against it: focus 1.000, type F1 0.663;
 * after its changes 0.867. `npx tsx test/understand/support/score-messages.ts --pregnancy --verbose` lists the
 * misses.
 */
import { PREGNANCY_MESSAGES } from './support/pregnancy-messages.js';
import { describeMessageSet } from './support/message-set.js';

describeMessageSet('pregnancy messages', PREGNANCY_MESSAGES, 0.82);
