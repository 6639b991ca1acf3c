/**
 * The headaches set (support/headaches-messages.ts): messages about headaches and migraine, alone or as part
 * of another condition: triggers, headache medicines, warning signs, with other questions about the condition
 * and its medicines. Written by someone who had read neither the code nor the earlier sets, following the
 * labeling guide; scored once, before any change made for it (focus 0.975, type F1 0.893). `npx tsx
 * test/understand/support/score-messages.ts --headaches --verbose` lists the misses.
 */
import { HEADACHES_MESSAGES } from './support/headaches-messages.js';
import { describeMessageSet } from './support/message-set.js';

describeMessageSet('headaches and migraine', HEADACHES_MESSAGES, 0.85);
