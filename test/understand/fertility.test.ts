/**
 * The fertility set (support/fertility-messages.ts): messages about fertility and having children with a
 * condition (IVF, PCOS, endometriosis, male infertility, carrier testing before pregnancy, miscarriage,
 * clomiphene, letrozole). Written by someone who had read neither the code nor the earlier sets, following the
 * labeling guide; scored once, before any change made for it (focus 1.000, type F1 0.912). `npx tsx
 * test/understand/support/score-messages.ts --fertility --verbose` lists the misses.
 */
import { FERTILITY_MESSAGES } from './support/fertility-messages.js';
import { describeMessageSet } from './support/message-set.js';

describeMessageSet('messages about fertility', FERTILITY_MESSAGES, 0.87);
