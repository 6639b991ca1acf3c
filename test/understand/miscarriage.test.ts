/**
 * The miscarriage set (support/miscarriage-messages.ts): messages about pregnancy loss and difficult pregnancies:
 * miscarriages and stillbirth linked to a condition or a medicine, recurrent losses, tests after a loss, the
 * chance it happens again. Written by someone who had read neither the code nor the earlier sets, following the
 * labeling guide; scored once, before any change made for it (focus 1.000, type F1 0.731). `npx tsx
 * test/understand/support/score-messages.ts --miscarriage --verbose` lists the misses.
 */
import { MISCARRIAGE_MESSAGES } from './support/miscarriage-messages.js';
import { describeMessageSet } from './support/message-set.js';

describeMessageSet('pregnancy loss', MISCARRIAGE_MESSAGES, 0.69);
