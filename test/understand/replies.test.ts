/**
 * The replies set (support/replies-messages.ts): follow-up messages written after an earlier reply of the desk
 * or a doctor's visit ("thank you for your answer, I have a few more questions", "you said it is autosomal
 * recessive, does that mean..."), the condition sometimes named only in the subject line ("Re: your reply about
 * ..."). Written by someone who had read neither the code nor the earlier sets, following the labeling guide;
 * scored once, before any change made for it (focus 1.000, type F1 0.958). `npx tsx
 * test/understand/support/score-messages.ts --replies --verbose` lists the misses.
 */
import { REPLIES_MESSAGES } from './support/replies-messages.js';
import { describeMessageSet } from './support/message-set.js';

describeMessageSet('follow-up messages', REPLIES_MESSAGES, 0.92);
