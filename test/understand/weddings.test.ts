/**
 * The weddings set (support/weddings-messages.ts): messages about big life events: weddings, honeymoons, moving
 * house, new jobs, a baby on the way, with a condition or on a medicine. Written by someone who had read neither
 * the code nor the earlier sets, following the labeling guide; scored once, before any change made for it (focus
 * 1.000, type F1 0.792). `npx tsx test/understand/support/score-messages.ts --weddings --verbose` lists the
 * misses.
 */
import { WEDDINGS_MESSAGES } from './support/weddings-messages.js';
import { describeMessageSet } from './support/message-set.js';

describeMessageSet('big life events', WEDDINGS_MESSAGES, 0.75);
