/**
 * The links set (support/links-messages.ts): messages naming two or more conditions, exposures or medicines: written by someone who
 * had read neither the code nor the earlier sets, following the labeling guide; first scored before any
 * change for it (focus 1.000, type F1 0.843). `npx tsx test/understand/support/score-messages.ts --links --verbose` lists the misses.
 */
import { LINKS_MESSAGES } from './support/links-messages.js';
import { describeMessageSet } from './support/message-set.js';

describeMessageSet('messages naming two or more conditions or medicines', LINKS_MESSAGES, 0.8);
