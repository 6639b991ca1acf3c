/**
 * The nextbaby set (support/nextbaby-messages.ts): messages from parents planning a next baby after a child with
 * a condition: the chance it happens again, prenatal tests, IVF with embryo testing, carrier tests, and the first
 * child's condition. Written by someone who had read neither the code nor the earlier sets, following the
 * labeling guide; scored once, before any change made for it (focus 1.000, type F1 0.789). `npx tsx
 * test/understand/support/score-messages.ts --nextbaby --verbose` lists the misses.
 */
import { NEXTBABY_MESSAGES } from './support/nextbaby-messages.js';
import { describeMessageSet } from './support/message-set.js';

describeMessageSet('planning a next baby', NEXTBABY_MESSAGES, 0.75);
