/**
 * The vaccines set (support/vaccines-messages.ts): messages about vaccines and infections with a condition or a
 * medicine (whether to vaccinate, vaccines on medicines that lower immunity, whether a vaccine caused something,
 * avoiding infections). Written by someone who had read neither the code nor the earlier sets, following the
 * labeling guide; scored once, before any change made for it (focus 1.000, type F1 0.707). `npx tsx
 * test/understand/support/score-messages.ts --vaccines --verbose` lists the misses.
 */
import { VACCINES_MESSAGES } from './support/vaccines-messages.js';
import { describeMessageSet } from './support/message-set.js';

describeMessageSet('messages about vaccines and infections', VACCINES_MESSAGES, 0.67);
