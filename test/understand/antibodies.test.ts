/**
 * The antibodies set (support/antibodies-messages.ts): messages about primary immunodeficiencies: infections,
 * immunoglobulin replacement, vaccines, transplants, inheritance, with other questions about the condition
 * and its medicines. Written by someone who had read neither the code nor the earlier sets, following the
 * labeling guide; scored once, before any change made for it (focus 1.000, type F1 0.804). `npx tsx
 * test/understand/support/score-messages.ts --antibodies --verbose` lists the misses.
 */
import { ANTIBODIES_MESSAGES } from './support/antibodies-messages.js';
import { describeMessageSet } from './support/message-set.js';

describeMessageSet('primary immunodeficiencies', ANTIBODIES_MESSAGES, 0.76);
