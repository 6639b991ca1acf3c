/**
 * The complaints set (support/complaints-messages.ts): messages describing a complaint (a rash, tiredness,
 * hair loss, mood changes, swelling, weight gain) and asking what is behind it: a medicine, the condition
 * itself, an exposure or another condition, or what it could lead to, often with a second question. Written
 * by someone who had read neither the code nor the earlier sets, following the labeling guide; scored once
 * when it was added, before any change made for it (focus 1.000, type F1 0.880). `npx tsx
 * test/understand/support/score-messages.ts --complaints --verbose` lists the misses.
 */
import { COMPLAINTS_MESSAGES } from './support/complaints-messages.js';
import { describeMessageSet } from './support/message-set.js';

describeMessageSet('messages blaming a complaint on something', COMPLAINTS_MESSAGES, 0.84);
