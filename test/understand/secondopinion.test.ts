/**
 * The secondopinion set (support/secondopinion-messages.ts): messages from people whose doctors disagree or
 * who want a second opinion: conflicting diagnoses, refused referrals, looking for an expert, doubting a
 * treatment, with other questions. Written by someone who had read neither the code nor the earlier sets,
 * following the labeling guide; scored once, before any change made for it (focus 0.975, type F1 0.923). `npx
 * tsx test/understand/support/score-messages.ts --secondopinion --verbose` lists the misses.
 */
import { SECONDOPINION_MESSAGES } from './support/secondopinion-messages.js';
import { describeMessageSet } from './support/message-set.js';

describeMessageSet('second opinions', SECONDOPINION_MESSAGES, 0.88);
