/**
 * The fifteenth final set (support/final15-messages.ts): a final, mixed set: forty messages in every way
 * people write (short notes and long emails, careful and messy, all lower case, run-together questions, a
 * question asked only in the subject line, voicemail-like run-on text, greetings and sign-offs) from
 * parents, patients, grandparents, siblings, friends, teenagers, teachers, carers, nurses, pharmacists and
 * people writing in a second language, about rare and common conditions; about a quarter about medicines or
 * supplements, about a third asking two or three questions. Written by someone who had read neither the code
 * nor the earlier sets, following the labeling guide; scored once when it was added, before any later change
 * (focus 1.000, type F1 0.755), and never tuned on. `npx tsx test/understand/support/score-messages.ts
 * --final15 --verbose` lists the misses.
 */
import { FINAL15_MESSAGES } from './support/final15-messages.js';
import { describeMessageSet } from './support/message-set.js';

describeMessageSet('final set of messages (fifteenth)', FINAL15_MESSAGES, 0.71);
