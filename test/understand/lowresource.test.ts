/**
 * The lowresource set (support/lowresource-messages.ts): messages from people with little money or access to
 * care: no insurance, cheaper medicines, free clinics, rationing tablets, rural areas far from specialists.
 * Written by someone who had read neither the code nor the earlier sets, following the labeling guide; scored
 * once, before any change made for it (focus 1.000, type F1 0.893). `npx tsx
 * test/understand/support/score-messages.ts --lowresource --verbose` lists the misses.
 */
import { LOWRESOURCE_MESSAGES } from './support/lowresource-messages.js';
import { describeMessageSet } from './support/message-set.js';

describeMessageSet('little money or access', LOWRESOURCE_MESSAGES, 0.85);
