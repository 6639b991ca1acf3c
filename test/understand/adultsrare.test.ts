/**
 * The adultsrare set (support/adultsrare-messages.ts): messages from adults living with a rare condition for
 * many years: work, relationships, insurance, new symptoms, ageing, changing doctors, new treatments, with
 * other questions. Written by someone who had read neither the code nor the earlier sets, following the
 * labeling guide; scored once, before any change made for it (focus 1.000, type F1 0.935). `npx tsx
 * test/understand/support/score-messages.ts --adultsrare --verbose` lists the misses.
 */
import { ADULTSRARE_MESSAGES } from './support/adultsrare-messages.js';
import { describeMessageSet } from './support/message-set.js';

describeMessageSet('adults living with a rare condition', ADULTSRARE_MESSAGES, 0.9);
