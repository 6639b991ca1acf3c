/**
 * The anticoagulants set (support/anticoagulants-messages.ts): messages about blood thinners: doses, food and
 * drink, bleeding, procedures while on them, with questions about the clotting or bleeding condition they are
 * taken for. Written by someone who had read neither the code nor the earlier sets, following the labeling
 * guide; scored once, before any change made for it (focus 0.950, type F1 0.883). `npx tsx
 * test/understand/support/score-messages.ts --anticoagulants --verbose` lists the misses.
 */
import { ANTICOAGULANTS_MESSAGES } from './support/anticoagulants-messages.js';
import { describeMessageSet } from './support/message-set.js';

describeMessageSet('blood thinners', ANTICOAGULANTS_MESSAGES, 0.84);
