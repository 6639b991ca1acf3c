/**
 * The aging set (support/aging-messages.ts): messages about growing older with a rare condition that began in
 * childhood or was found late: menopause, retirement, care homes, memory, new problems in later life, an
 * adult child's care when the parents are gone, with other questions. Written by someone who had read neither
 * the code nor the earlier sets, following the labeling guide; scored once, before any change made for it
 * (focus 0.975, type F1 0.830). `npx tsx test/understand/support/score-messages.ts --aging --verbose` lists
 * the misses.
 */
import { AGING_MESSAGES } from './support/aging-messages.js';
import { describeMessageSet } from './support/message-set.js';

describeMessageSet('growing older with a rare condition', AGING_MESSAGES, 0.79);
