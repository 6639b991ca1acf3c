/**
 * The messy consumer messages (support/messy-messages.ts): stories, typos, signatures, several questions,
 * a third about medicines. Their first score (focus 0.933, type F1 0.776) was taken before any rule was
 * changed against them; the floors are set under what the rules reach now, so a change that loses them
 * fails here. `npx tsx test/understand/support/score-messages.ts --messy --verbose` lists the misses.
 */
import { MESSY_MESSAGES } from './support/messy-messages.js';
import { describeMessageSet } from './support/message-set.js';

describeMessageSet('messy consumer messages', MESSY_MESSAGES, 0.9);
