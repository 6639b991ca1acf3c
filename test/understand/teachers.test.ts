/**
 * The teachers set (support/teachers-messages.ts): messages from teachers, teaching assistants, coaches and
 * school nurses about a pupil with a condition or on a medicine: what to watch for, emergencies, sports and
 * trips, learning, medicines at school. Written by someone who had read neither the code nor the earlier sets,
 * following the labeling guide; scored once, before any change made for it (focus 1.000, type F1 0.839). `npx tsx
 * test/understand/support/score-messages.ts --teachers --verbose` lists the misses.
 */
import { TEACHERS_MESSAGES } from './support/teachers-messages.js';
import { describeMessageSet } from './support/message-set.js';

describeMessageSet('teachers, coaches and school nurses', TEACHERS_MESSAGES, 0.8);
