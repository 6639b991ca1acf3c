/**
 * The immune set (support/immune-messages.ts): messages about immune deficiencies, autoimmune and
 * autoinflammatory diseases, severe allergies and hereditary angioedema, and their medicines (IVIG, biologics,
 * steroids, epinephrine). Written by someone who had read neither the code nor the earlier sets, following the
 * labeling guide; scored once, before any change made for it (focus 1.000, type F1 0.853). `npx tsx
 * test/understand/support/score-messages.ts --immune --verbose` lists the misses.
 */
import { IMMUNE_MESSAGES } from './support/immune-messages.js';
import { describeMessageSet } from './support/message-set.js';

describeMessageSet('messages about immune system conditions', IMMUNE_MESSAGES, 0.81);
