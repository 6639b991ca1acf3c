/**
 * The travel set (support/travel-messages.ts): messages about travelling with a condition or a medicine (flying
 * with oxygen or insulin, time zones and doses, medicines abroad, vaccines before travel, altitude, heat,
 * holidays with a child who has a rare condition, a lost medicine). Written by someone who had read neither the
 * code nor the earlier sets, following the labeling guide; scored once, before any change made for it (focus
 * 1.000, type F1 0.777). `npx tsx test/understand/support/score-messages.ts --travel --verbose` lists the
 * misses.
 */
import { TRAVEL_MESSAGES } from './support/travel-messages.js';
import { describeMessageSet } from './support/message-set.js';

describeMessageSet('messages about travel', TRAVEL_MESSAGES, 0.74);
