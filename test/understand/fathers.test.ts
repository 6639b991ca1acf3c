/**
 * The fathers set (support/fathers-messages.ts): messages written by fathers and stepfathers about their children
 * or partners, often brief and practical, about conditions and medicines. Written by someone who had read neither
 * the code nor the earlier sets, following the labeling guide; scored once, before any change made for it (focus
 * 1.000, type F1 0.926). `npx tsx test/understand/support/score-messages.ts --fathers --verbose` lists the
 * misses.
 */
import { FATHERS_MESSAGES } from './support/fathers-messages.js';
import { describeMessageSet } from './support/message-set.js';

describeMessageSet('messages from fathers', FATHERS_MESSAGES, 0.89);
