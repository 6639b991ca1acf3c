/**
 * The twins set (support/twins-messages.ts): messages about twins, triplets and siblings born close together: one
 * twin affected and not the other, identical or not, pregnancy with twins and a condition, medicines for two
 * children. Written by someone who had read neither the code nor the earlier sets, following the labeling guide;
 * scored once, before any change made for it (focus 1.000, type F1 0.829). `npx tsx
 * test/understand/support/score-messages.ts --twins --verbose` lists the misses.
 */
import { TWINS_MESSAGES } from './support/twins-messages.js';
import { describeMessageSet } from './support/message-set.js';

describeMessageSet('twins and siblings close in age', TWINS_MESSAGES, 0.79);
