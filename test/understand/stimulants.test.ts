/**
 * The stimulants set (support/stimulants-messages.ts): messages about ADHD and stimulant medicines: doses,
 * appetite and sleep, heart checks, breaks from the medicine, with questions about ADHD and conditions that
 * come with it. Written by someone who had read neither the code nor the earlier sets, following the labeling
 * guide; scored once, before any change made for it (focus 0.950, type F1 0.870). `npx tsx
 * test/understand/support/score-messages.ts --stimulants --verbose` lists the misses.
 */
import { STIMULANTS_MESSAGES } from './support/stimulants-messages.js';
import { describeMessageSet } from './support/message-set.js';

describeMessageSet('ADHD medicines', STIMULANTS_MESSAGES, 0.83);
