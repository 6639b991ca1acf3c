/**
 * The partners set (support/partners-messages.ts): messages from a husband, wife or partner about the person
 * they live with (caring for them, children together, intimacy, what to expect, their medicines). Written by
 * someone who had read neither the code nor the earlier sets, following the labeling guide; scored once, before
 * any change made for it (focus 0.925, type F1 0.957). `npx tsx test/understand/support/score-messages.ts
 * --partners --verbose` lists the misses.
 */
import { PARTNERS_MESSAGES } from './support/partners-messages.js';
import { describeMessageSet } from './support/message-set.js';

describeMessageSet('messages from partners', PARTNERS_MESSAGES, 0.92);
