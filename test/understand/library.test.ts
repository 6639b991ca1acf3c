/**
 * The library set (support/library-messages.ts): messages as sent to a consumer health question service through a web form: written by
 * someone who had read neither the code nor the earlier sets, following the labeling guide; first scored
 * before any change for it (focus 1.000, type F1 0.885). `npx tsx test/understand/support/score-messages.ts --library --verbose` lists the misses.
 */
import { LIBRARY_MESSAGES } from './support/library-messages.js';
import { describeMessageSet } from './support/message-set.js';

describeMessageSet('messages sent to a consumer health question service', LIBRARY_MESSAGES, 0.84);
