/**
 * The emergencies set (support/emergencies-messages.ts): messages about emergencies with a rare condition:
 * emergency letters and protocols, what to do in a crisis, what to tell paramedics, when to go to hospital,
 * with other questions. Written by someone who had read neither the code nor the earlier sets, following the
 * labeling guide; scored once, before any change made for it (focus 0.925, type F1 0.815). `npx tsx
 * test/understand/support/score-messages.ts --emergencies --verbose` lists the misses.
 */
import { EMERGENCIES_MESSAGES } from './support/emergencies-messages.js';
import { describeMessageSet } from './support/message-set.js';

describeMessageSet('emergencies', EMERGENCIES_MESSAGES, 0.77);
