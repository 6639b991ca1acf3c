/**
 * The cosmetic set (support/cosmetic-messages.ts): messages about cosmetic procedures and appearance: tattoos,
 * piercings, hair dye, botox, fillers, laser, scars, birthmarks, cosmetic surgery with a condition or on a
 * medicine. Written by someone who had read neither the code nor the earlier sets, following the labeling guide;
 * scored once, before any change made for it (focus 1.000, type F1 0.738). `npx tsx
 * test/understand/support/score-messages.ts --cosmetic --verbose` lists the misses.
 */
import { COSMETIC_MESSAGES } from './support/cosmetic-messages.js';
import { describeMessageSet } from './support/message-set.js';

describeMessageSet('cosmetic procedures and appearance', COSMETIC_MESSAGES, 0.7);
