/**
 * The menopause set (support/menopause-messages.ts): messages about menopause and midlife: hot flushes, HRT with
 * a condition or another medicine, early menopause from a condition or treatment, bones and heart after
 * menopause. Written by someone who had read neither the code nor the earlier sets, following the labeling guide;
 * scored once, before any change made for it (focus 1.000, type F1 0.811). `npx tsx
 * test/understand/support/score-messages.ts --menopause --verbose` lists the misses.
 */
import { MENOPAUSE_MESSAGES } from './support/menopause-messages.js';
import { describeMessageSet } from './support/message-set.js';

describeMessageSet('menopause and midlife', MENOPAUSE_MESSAGES, 0.77);
