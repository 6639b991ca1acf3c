/**
 * The pregnancymeds set (support/pregnancymeds-messages.ts): messages about medicines during pregnancy, when
 * trying to conceive and while breastfeeding, for women with rare or chronic conditions: whether to stop or
 * switch, doses, risks to the baby, with other questions. Written by someone who had read neither the code
 * nor the earlier sets, following the labeling guide; scored once, before any change made for it (focus
 * 0.850, type F1 0.750). `npx tsx test/understand/support/score-messages.ts --pregnancymeds --verbose` lists
 * the misses.
 */
import { PREGNANCYMEDS_MESSAGES } from './support/pregnancymeds-messages.js';
import { describeMessageSet } from './support/message-set.js';

describeMessageSet('medicines in pregnancy', PREGNANCYMEDS_MESSAGES, 0.71);
