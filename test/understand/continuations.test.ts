/**
 * The continuations set (support/continuations-messages.ts): messages whose questions run on with clauses
 * that depend on the one before ("if so, how?", "or is it just a myth?", "and what is it called?"): a clause
 * that only completes the question before is part of it, one that asks something new is its own question.
 * Written by someone who had read neither the code nor the earlier sets, following the labeling guide;
 * scored once at the start of its round, before any change to the understanding stage (focus 1.000, type F1
 * 0.847). `npx tsx test/understand/support/score-messages.ts --continuations --verbose` lists the misses.
 */
import { CONTINUATIONS_MESSAGES } from './support/continuations-messages.js';
import { describeMessageSet } from './support/message-set.js';

describeMessageSet('messages whose questions run on', CONTINUATIONS_MESSAGES, 0.81);
