/**
 * The fourteenth final set (support/final14-messages.ts): a final, mixed set: forty messages in every way
 * people write (short notes and long emails, careful and messy, all lower case, run-together questions, a
 * question asked only in the subject line, voicemail-like run-on text, greetings and sign-offs) from
 * parents, patients, grandparents, siblings, friends, teenagers, teachers, carers, nurses, pharmacists and
 * people writing in a second language, about rare and common conditions; about a quarter about medicines or
 * supplements, about a third asking two or three questions. Written by someone who had read neither the code
 * nor the earlier sets, following the labeling guide; scored once at the start of its round, before any
 * change to the understanding stage (focus 1.000, type F1 0.893), and never tuned on. `npx tsx
 * test/understand/support/score-messages.ts --final14 --verbose` lists the misses.
 */
import { FINAL14_MESSAGES } from './support/final14-messages.js';
import { describeMessageSet } from './support/message-set.js';

describeMessageSet('final set of messages (fourteenth)', FINAL14_MESSAGES, 0.85);
