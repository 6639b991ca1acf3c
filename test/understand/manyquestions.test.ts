/**
 * The manyquestions set (support/manyquestions-messages.ts): long messages that ask many questions at once
 * (three to six in most of them), in paragraphs or lists, with background in between. Written by someone who
 * had read neither the code nor the earlier sets, following the labeling guide; scored once, before any
 * change made for it (focus 1.000, type F1 0.931). `npx tsx test/understand/support/score-messages.ts
 * --manyquestions --verbose` lists the misses.
 */
import { MANYQUESTIONS_MESSAGES } from './support/manyquestions-messages.js';
import { describeMessageSet } from './support/message-set.js';

describeMessageSet('many questions at once', MANYQUESTIONS_MESSAGES, 0.89);
