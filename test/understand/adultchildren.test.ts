/**
 * The adultchildren set (support/adultchildren-messages.ts): messages from older parents about their adult sons
 * and daughters with a condition: care when the parents are gone, living independently, medicines, outlook,
 * services for adults. Written by someone who had read neither the code nor the earlier sets, following the
 * labeling guide; scored once, before any change made for it (focus 1.000, type F1 0.909). `npx tsx
 * test/understand/support/score-messages.ts --adultchildren --verbose` lists the misses.
 */
import { ADULTCHILDREN_MESSAGES } from './support/adultchildren-messages.js';
import { describeMessageSet } from './support/message-set.js';

describeMessageSet('older parents of adult children', ADULTCHILDREN_MESSAGES, 0.87);
