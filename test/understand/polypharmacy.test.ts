/**
 * The polypharmacy set (support/polypharmacy-messages.ts): messages about many medicines at once: lists of
 * medicines taken together, which to take when, whether any clash, which one causes a side effect, stopping some.
 * Written by someone who had read neither the code nor the earlier sets, following the labeling guide; scored
 * once, before any change made for it (focus 1.000, type F1 0.839). `npx tsx
 * test/understand/support/score-messages.ts --polypharmacy --verbose` lists the misses.
 */
import { POLYPHARMACY_MESSAGES } from './support/polypharmacy-messages.js';
import { describeMessageSet } from './support/message-set.js';

describeMessageSet('many medicines at once', POLYPHARMACY_MESSAGES, 0.8);
