/**
 * The palliative set (support/palliative-messages.ts): messages about palliative and end-of-life care: a relative
 * in the late stages of a condition, hospice, comfort medicines, what the last stage looks like, support for the
 * family. Written by someone who had read neither the code nor the earlier sets, following the labeling guide;
 * scored once, before any change made for it (focus 1.000, type F1 0.841). `npx tsx
 * test/understand/support/score-messages.ts --palliative --verbose` lists the misses.
 */
import { PALLIATIVE_MESSAGES } from './support/palliative-messages.js';
import { describeMessageSet } from './support/message-set.js';

describeMessageSet('palliative and end-of-life care', PALLIATIVE_MESSAGES, 0.8);
