/**
 * The eyes set (support/eyes-messages.ts): messages about eye and vision conditions and eye medicines (retinitis
 * pigmentosa, keratoconus, uveitis, glaucoma, the eyes in Marfan syndrome or albinism). Written by someone who
 * had read neither the code nor the earlier sets, following the labeling guide; scored once, before any change
 * made for it (focus 0.950, type F1 0.851). `npx tsx test/understand/support/score-messages.ts --eyes --verbose`
 * lists the misses.
 */
import { EYES_MESSAGES } from './support/eyes-messages.js';
import { describeMessageSet } from './support/message-set.js';

describeMessageSet('messages about eyes and vision', EYES_MESSAGES, 0.81);
