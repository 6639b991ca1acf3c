/**
 * The students set (support/students-messages.ts): messages from students with a condition or a medicine (exams,
 * living away from home, drinking and parties, sports, managing medicines alone, contraception with a
 * condition). Written by someone who had read neither the code nor the earlier sets, following the labeling
 * guide; scored once, before any change made for it (focus 1.000, type F1 0.894). `npx tsx
 * test/understand/support/score-messages.ts --students --verbose` lists the misses.
 * (Its writer opened the first 40 lines of another new set, sports, for the file's format, and copied nothing of it.)
 */
import { STUDENTS_MESSAGES } from './support/students-messages.js';
import { describeMessageSet } from './support/message-set.js';

describeMessageSet('messages from students', STUDENTS_MESSAGES, 0.85);
