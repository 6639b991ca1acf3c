/**
 * The orphan set (support/orphan-messages.ts): questions about the treatments of rare diseases and the
 * medicines for them. First scored, before any change against it: focus 0.975, type F1 0.755; after its
 * changes 0.834. `npx tsx test/understand/support/score-messages.ts --orphan --verbose` lists the misses.
 */
import { ORPHAN_MESSAGES } from './support/orphan-messages.js';
import { describeMessageSet } from './support/message-set.js';

describeMessageSet('messages about treatments of rare diseases', ORPHAN_MESSAGES, 0.79);
