/**
 * The contraception set (support/contraception-messages.ts): messages about contraception, periods and hormones:
 * the pill, implants, coils and the morning-after pill with a condition or a medicine, periods in a condition,
 * whether a medicine stops the pill working. Written by someone who had read neither the code nor the earlier
 * sets, following the labeling guide; scored once, before any change made for it (focus 1.000, type F1 0.729).
 * `npx tsx test/understand/support/score-messages.ts --contraception --verbose` lists the misses.
 */
import { CONTRACEPTION_MESSAGES } from './support/contraception-messages.js';
import { describeMessageSet } from './support/message-set.js';

describeMessageSet('contraception, periods and hormones', CONTRACEPTION_MESSAGES, 0.69);
