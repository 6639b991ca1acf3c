/**
 * The subjects set (support/subjects-messages.ts): messages in which the subject line names the condition,
 * carries the question or a second question, or is only a vague or urgent heading ("question", "Help!!",
 * "Re: ..."). Written by someone who had read neither the code nor the earlier sets, following the labeling
 * guide; scored once at the start of its round, before any change to the understanding stage (focus 1.000,
 * type F1 0.857). `npx tsx test/understand/support/score-messages.ts --subjects --verbose` lists the misses.
 */
import { SUBJECTS_MESSAGES } from './support/subjects-messages.js';
import { describeMessageSet } from './support/message-set.js';

describeMessageSet('messages whose subject line matters', SUBJECTS_MESSAGES, 0.82);
