/**
 * The allergy set (support/allergy-messages.ts): messages about allergies and related conditions and their
 * medicines (peanut allergy, anaphylaxis, mastocytosis, hereditary angioedema, alpha-gal syndrome, chronic
 * hives, epinephrine auto-injectors, antihistamines). Written by someone who had read neither the code nor the
 * earlier sets, following the labeling guide; scored once, before any change made for it (focus 0.975, type F1
 * 0.824). `npx tsx test/understand/support/score-messages.ts --allergy --verbose` lists the misses.
 */
import { ALLERGY_MESSAGES } from './support/allergy-messages.js';
import { describeMessageSet } from './support/message-set.js';

describeMessageSet('messages about allergies', ALLERGY_MESSAGES, 0.78);
