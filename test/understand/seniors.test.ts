/**
 * The seniors set (support/seniors-messages.ts): messages from older people about their own health, formal and
 * polite, sometimes long-winded: several medicines at once, conditions of old age (macular degeneration,
 * shingles, polymyalgia rheumatica, atrial fibrillation, osteoporosis, Parkinson disease), whether it is too
 * late for treatment. Written by someone who had read neither the code nor the earlier sets, following the
 * labeling guide; scored once, before any change made for it (focus 1.000, type F1 0.851). `npx tsx
 * test/understand/support/score-messages.ts --seniors --verbose` lists the misses.
 */
import { SENIORS_MESSAGES } from './support/seniors-messages.js';
import { describeMessageSet } from './support/message-set.js';

describeMessageSet('messages from older people', SENIORS_MESSAGES, 0.81);
