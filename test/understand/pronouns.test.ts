/**
 * The pronouns set (support/pronouns-messages.ts): messages that name a condition and a medicine (or two
 * conditions) and then ask about "it", "this", "the tablets" or "the disease" without naming again which one
 * is meant. Written by someone who had read neither the code nor the earlier sets, following the labeling
 * guide; scored once, before any change made for it (focus 1.000, type F1 0.863). `npx tsx
 * test/understand/support/score-messages.ts --pronouns --verbose` lists the misses.
 */
import { PRONOUNS_MESSAGES } from './support/pronouns-messages.js';
import { describeMessageSet } from './support/message-set.js';

describeMessageSet('it, this, the tablets', PRONOUNS_MESSAGES, 0.82);
