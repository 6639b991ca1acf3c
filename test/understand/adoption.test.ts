/**
 * The adoption set (support/adoption-messages.ts): messages about adoption, donor conception and unknown family
 * history: a condition learned of in the birth family, donor-conceived children, relatives found through DNA
 * tests. Written by someone who had read neither the code nor the earlier sets, following the labeling guide;
 * scored once, before any change made for it (focus 1.000, type F1 0.890). `npx tsx
 * test/understand/support/score-messages.ts --adoption --verbose` lists the misses.
 * (Its writer printed the first five lines of another new set, sports, for the file's format, and used nothing of it.)
 */
import { ADOPTION_MESSAGES } from './support/adoption-messages.js';
import { describeMessageSet } from './support/message-set.js';

describeMessageSet('messages about adoption and unknown family history', ADOPTION_MESSAGES, 0.85);
