/**
 * The socialworkers set (support/socialworkers-messages.ts): messages from social workers, care coordinators,
 * support workers, foster carers and school nurses writing for a client or child with a rare condition, with
 * other questions. Written by someone who had read neither the code nor the earlier sets, following the
 * labeling guide; scored once, before any change made for it (focus 0.950, type F1 0.924). `npx tsx
 * test/understand/support/score-messages.ts --socialworkers --verbose` lists the misses.
 */
import { SOCIALWORKERS_MESSAGES } from './support/socialworkers-messages.js';
import { describeMessageSet } from './support/message-set.js';

describeMessageSet('social workers and carers', SOCIALWORKERS_MESSAGES, 0.88);
