/**
 * The coping set (support/coping-messages.ts): people living with a rare condition, or caring for someone who
 * does, writing about coping. First scored, before any change against it: focus 0.975, type F1 0.671; after
 * its changes 0.904. `npx tsx test/understand/support/score-messages.ts --coping --verbose` lists the misses.
 */
import { COPING_MESSAGES } from './support/coping-messages.js';
import { describeMessageSet } from './support/message-set.js';

describeMessageSet('coping messages', COPING_MESSAGES, 0.86);
