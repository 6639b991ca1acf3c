/**
 * The siblings set (support/siblings-messages.ts): messages from brothers and sisters about a sibling's
 * condition (a rare disease, a mental illness, a cancer, a twin): whether they could have it or pass it on, how
 * to help, what will happen. Written by someone who had read neither the code nor the earlier sets, following
 * the labeling guide; scored once, before any change made for it (focus 1.000, type F1 0.844). `npx tsx
 * test/understand/support/score-messages.ts --siblings --verbose` lists the misses.
 */
import { SIBLINGS_MESSAGES } from './support/siblings-messages.js';
import { describeMessageSet } from './support/message-set.js';

describeMessageSet('messages from brothers and sisters', SIBLINGS_MESSAGES, 0.8);
