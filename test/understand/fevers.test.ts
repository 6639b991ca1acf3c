/**
 * The fevers set (support/fevers-messages.ts): messages about periodic fevers and autoinflammatory
 * conditions: attacks, colchicine and other medicines, genetic testing, with other questions about the
 * condition. Written by someone who had read neither the code nor the earlier sets, following the labeling
 * guide; scored once, before any change made for it (focus 1.000, type F1 0.955). `npx tsx
 * test/understand/support/score-messages.ts --fevers --verbose` lists the misses.
 */
import { FEVERS_MESSAGES } from './support/fevers-messages.js';
import { describeMessageSet } from './support/message-set.js';

describeMessageSet('periodic fevers', FEVERS_MESSAGES, 0.91);
