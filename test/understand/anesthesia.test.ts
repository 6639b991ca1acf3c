/**
 * The anesthesia set (support/anesthesia-messages.ts): messages about anesthesia and procedures: surgery,
 * dental work or scans under sedation, anesthetic drugs to avoid, with other questions about the condition
 * and its medicines. Written by someone who had read neither the code nor the earlier sets, following the
 * labeling guide; scored once, before any change made for it (focus 0.975, type F1 0.739). `npx tsx
 * test/understand/support/score-messages.ts --anesthesia --verbose` lists the misses.
 */
import { ANESTHESIA_MESSAGES } from './support/anesthesia-messages.js';
import { describeMessageSet } from './support/message-set.js';

describeMessageSet('anesthesia and procedures', ANESTHESIA_MESSAGES, 0.7);
