/**
 * The suspicion set (support/suspicion-messages.ts): people not yet diagnosed who suspect a condition they
 * read about. First scored, before any change against it: focus 1.000, type F1 0.720; after its changes 0.808.
 * `npx tsx test/understand/support/score-messages.ts --suspicion --verbose` lists the misses.
 */
import { SUSPICION_MESSAGES } from './support/suspicion-messages.js';
import { describeMessageSet } from './support/message-set.js';

describeMessageSet('suspicion messages', SUSPICION_MESSAGES, 0.78);
