/**
 * The online set (support/online-messages.ts): messages about buying and finding medicines: online pharmacies,
 * medicines bought abroad, shortages, switching brands, counterfeit worries, what a medicine contains, and the
 * condition it is for. Written by someone who had read neither the code nor the earlier sets, following the
 * labeling guide; scored once, before any change made for it (focus 1.000, type F1 0.733). `npx tsx
 * test/understand/support/score-messages.ts --online --verbose` lists the misses.
 */
import { ONLINE_MESSAGES } from './support/online-messages.js';
import { describeMessageSet } from './support/message-set.js';

describeMessageSet('buying and finding medicines', ONLINE_MESSAGES, 0.69);
