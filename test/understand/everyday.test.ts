/**
 * The everyday set (support/everyday-messages.ts): infections, skin, pregnancy, children, mental health,
 * older parents. First scored, before any change against it: focus 0.975, type F1 0.927; after its changes
 * 0.976. `npx tsx test/understand/support/score-messages.ts --everyday --verbose` lists the misses.
 */
import { EVERYDAY_MESSAGES } from './support/everyday-messages.js';
import { describeMessageSet } from './support/message-set.js';

describeMessageSet('everyday messages', EVERYDAY_MESSAGES, 0.93);
