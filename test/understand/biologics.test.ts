/**
 * The biologics set (support/biologics-messages.ts): messages about biologic and immune medicines given as
 * injections or infusions: how they work, infections, vaccines while on them, stopping them, with questions
 * about the condition they are taken for. Written by someone who had read neither the code nor the earlier
 * sets, following the labeling guide; scored once, before any change made for it (focus 0.900, type F1
 * 0.814). `npx tsx test/understand/support/score-messages.ts --biologics --verbose` lists the misses.
 */
import { BIOLOGICS_MESSAGES } from './support/biologics-messages.js';
import { describeMessageSet } from './support/message-set.js';

describeMessageSet('biologic medicines', BIOLOGICS_MESSAGES, 0.77);
