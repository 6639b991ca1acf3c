/**
 * The exposures set (support/exposures-messages.ts): risks, exposures, contagion and links between
 * conditions, written by someone who had read neither the code nor the earlier sets, following the labeling
 * guide (first scored before any change for it: focus 1.000, type F1 0.693). `npx tsx
 * test/understand/support/score-messages.ts --exposures --verbose` lists the misses.
 */
import { EXPOSURES_MESSAGES } from './support/exposures-messages.js';
import { describeMessageSet } from './support/message-set.js';

describeMessageSet('messages about exposures, risks and links', EXPOSURES_MESSAGES, 0.65);
