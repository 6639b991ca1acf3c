/**
 * The careplans set (support/careplans-messages.ts): messages about emergency and care plans: steroid emergency
 * cards, seizure plans, emergency letters, what to tell paramedics, rescue medicines, sick-day rules for a
 * condition or a medicine. Written by someone who had read neither the code nor the earlier sets, following the
 * labeling guide; scored once, before any change made for it (focus 1.000, type F1 0.764). `npx tsx
 * test/understand/support/score-messages.ts --careplans --verbose` lists the misses.
 */
import { CAREPLANS_MESSAGES } from './support/careplans-messages.js';
import { describeMessageSet } from './support/message-set.js';

describeMessageSet('emergency and care plans', CAREPLANS_MESSAGES, 0.72);
