/**
 * The bereaved set (support/bereaved-messages.ts): messages from families after a death (sudden cardiac death, a
 * rare genetic disease, a cancer, a stillbirth): what it was, whether it runs in the family, whether to be
 * tested, what the autopsy or genetic results mean, where to find support. Written by someone who had read
 * neither the code nor the earlier sets, following the labeling guide; scored once, before any change made for
 * it (focus 1.000, type F1 0.871). `npx tsx test/understand/support/score-messages.ts --bereaved --verbose`
 * lists the misses.
 */
import { BEREAVED_MESSAGES } from './support/bereaved-messages.js';
import { describeMessageSet } from './support/message-set.js';

describeMessageSet('messages from bereaved families', BEREAVED_MESSAGES, 0.83);
