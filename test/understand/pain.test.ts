/**
 * The pain set (support/pain-messages.ts): messages from people living with long-lasting pain (fibromyalgia,
 * complex regional pain syndrome, trigeminal neuralgia, Ehlers-Danlos syndrome, pain medicines), often tired or
 * angry. Written by someone who had read neither the code nor the earlier sets, following the labeling guide;
 * scored once, before any change made for it (focus 0.975, type F1 0.879). `npx tsx
 * test/understand/support/score-messages.ts --pain --verbose` lists the misses.
 */
import { PAIN_MESSAGES } from './support/pain-messages.js';
import { describeMessageSet } from './support/message-set.js';

describeMessageSet('messages from people living with long-lasting pain', PAIN_MESSAGES, 0.84);
