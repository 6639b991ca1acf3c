/**
 * The names set (support/names-messages.ts): conditions named every way people name them. First scored, before
 * any change against it: focus 0.975, type F1 0.725; after its changes 0.837. `npx tsx
 * test/understand/support/score-messages.ts --names --verbose` lists the misses.
 */
import { NAMES_MESSAGES } from './support/names-messages.js';
import { describeMessageSet } from './support/message-set.js';

describeMessageSet('messages naming conditions every way', NAMES_MESSAGES, 0.79);
