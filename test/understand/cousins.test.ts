/**
 * The cousins set (support/cousins-messages.ts): messages about families and relationships: cousins who marry,
 * couples who are both carriers, family planning, a partner's family history, telling a new partner, testing
 * before marriage. Written by someone who had read neither the code nor the earlier sets, following the labeling
 * guide; scored once, before any change made for it (focus 1.000, type F1 0.927). `npx tsx
 * test/understand/support/score-messages.ts --cousins --verbose` lists the misses.
 */
import { COUSINS_MESSAGES } from './support/cousins-messages.js';
import { describeMessageSet } from './support/message-set.js';

describeMessageSet('couples, cousins and family planning', COUSINS_MESSAGES, 0.89);
