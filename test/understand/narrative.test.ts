/**
 * The narrative set (support/narrative-messages.ts): long emotional stories with questions scattered in them
 * or phrased as wishes. First scored, before any change against it: focus 0.975, type F1 0.714; after its
 * changes 0.859.
 * `npx tsx test/understand/support/score-messages.ts --narrative --verbose` lists the misses.
 */
import { NARRATIVE_MESSAGES } from './support/narrative-messages.js';
import { describeMessageSet } from './support/message-set.js';

describeMessageSet('narrative messages', NARRATIVE_MESSAGES, 0.83);
