/**
 * The typos set (support/typos-messages.ts): messages with many spelling mistakes, in the names of conditions
 * and medicines too, from people who write quickly on a phone or are not confident spellers. Written by
 * someone who had read neither the code nor the earlier sets, following the labeling guide; scored once,
 * before any change made for it (focus 0.975, type F1 0.855). `npx tsx test/understand/support/score-messages.ts --typos --verbose` lists the misses.
 */
import { TYPOS_MESSAGES } from './support/typos-messages.js';
import { describeMessageSet } from './support/message-set.js';

describeMessageSet('many spelling mistakes', TYPOS_MESSAGES, 0.81);
