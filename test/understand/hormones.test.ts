/**
 * The hormones set (support/hormones-messages.ts): messages about hormone and gland conditions and their
 * medicines (Addison disease, congenital adrenal hyperplasia, thyroid conditions, Turner syndrome, growth
 * hormone, insulin). Written by someone who had read neither the code nor the earlier sets, following the
 * labeling guide; scored once, before any change made for it (focus 0.925, type F1 0.882). `npx tsx
 * test/understand/support/score-messages.ts --hormones --verbose` lists the misses.
 */
import { HORMONES_MESSAGES } from './support/hormones-messages.js';
import { describeMessageSet } from './support/message-set.js';

describeMessageSet('messages about hormone and gland conditions', HORMONES_MESSAGES, 0.84);
