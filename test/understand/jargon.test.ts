/**
 * The jargon set (support/jargon-messages.ts): messages quoting a doctor, a letter, a lab report or a genetic
 * test result in its medical words and asking what it means or what follows. Written by someone who had read
 * neither the code nor the earlier sets, following the labeling guide; scored once, before any change made for
 * it (focus 0.950, type F1 0.861). `npx tsx test/understand/support/score-messages.ts --jargon --verbose` lists
 * the misses.
 */
import { JARGON_MESSAGES } from './support/jargon-messages.js';
import { describeMessageSet } from './support/message-set.js';

describeMessageSet('messages quoting medical words', JARGON_MESSAGES, 0.82);
