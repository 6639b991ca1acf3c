/**
 * The oldnames set (support/oldnames-messages.ts): messages using old-fashioned or popular names of conditions
 * and medicines (consumption, dropsy, water tablets, shaking palsy, St. Vitus dance, the falling sickness,
 * brittle bone disease, housemaid's knee), mixed with messages using today's names. Written by someone who had
 * read neither the code nor the earlier sets, following the labeling guide; scored once, before any change made
 * for it (focus 0.850, type F1 0.867). `npx tsx test/understand/support/score-messages.ts --oldnames --verbose`
 * lists the misses.
 * (Its writer looked at the first five lines of another new set for the file's format, and used nothing of it.)
 */
import { OLDNAMES_MESSAGES } from './support/oldnames-messages.js';
import { describeMessageSet } from './support/message-set.js';

describeMessageSet('messages using old names', OLDNAMES_MESSAGES, 0.83);
