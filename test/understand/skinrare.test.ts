/**
 * The skinrare set (support/skinrare-messages.ts): messages about rare skin conditions (epidermolysis
 * bullosa, ichthyosis, hidradenitis suppurativa, pemphigus, mastocytosis, xeroderma pigmentosum,
 * incontinentia pigmenti, vitiligo, morphea): creams, bathing, sun, school and bullying, pain and itch, with
 * other questions. Written by someone who had read neither the code nor the earlier sets, following the
 * labeling guide; scored once, before any change made for it (focus 0.925, type F1 0.870). `npx tsx
 * test/understand/support/score-messages.ts --skinrare --verbose` lists the misses.
 */
import { SKINRARE_MESSAGES } from './support/skinrare-messages.js';
import { describeMessageSet } from './support/message-set.js';

describeMessageSet('rare skin conditions', SKINRARE_MESSAGES, 0.83);
