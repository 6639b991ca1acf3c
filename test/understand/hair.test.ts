/**
 * The hair set (support/hair-messages.ts): messages about hair, nails and teeth: hair loss, brittle or missing
 * nails, unusual hair, missing or weak teeth, in rare conditions and from medicines. Written by someone who had
 * read neither the code nor the earlier sets, following the labeling guide; scored once, before any change made
 * for it (focus 1.000, type F1 0.920). `npx tsx test/understand/support/score-messages.ts --hair --verbose` lists
 * the misses.
 */
import { HAIR_MESSAGES } from './support/hair-messages.js';
import { describeMessageSet } from './support/message-set.js';

describeMessageSet('hair, nails and teeth', HAIR_MESSAGES, 0.88);
