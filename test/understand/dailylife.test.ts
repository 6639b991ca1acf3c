/**
 * The dailylife set (support/dailylife-messages.ts): messages asking about daily life with a condition (food
 * and drink, sport, school trips, work and lifting, travel and flying, driving, holidays in the heat, sleep,
 * pets, sex and relationships) beside other questions. Written by someone who had read neither the code nor
 * the earlier sets, following the labeling guide; scored once when it was added, before any change made for
 * it (focus 1.000, type F1 0.661). `npx tsx test/understand/support/score-messages.ts --dailylife --verbose`
 * lists the misses.
 */
import { DAILYLIFE_MESSAGES } from './support/dailylife-messages.js';
import { describeMessageSet } from './support/message-set.js';

describeMessageSet('messages asking about daily life', DAILYLIFE_MESSAGES, 0.62);
