/**
 * The women set (support/women-messages.ts): messages about women's health conditions and their medicines
 * (endometriosis, polycystic ovary syndrome, primary ovarian insufficiency, fibroids, menopause, the pill, HRT).
 * Written by someone who had read neither the code nor the earlier sets, following the labeling guide; scored
 * once, before any change made for it (focus 0.900, type F1 0.871). `npx tsx
 * test/understand/support/score-messages.ts --women --verbose` lists the misses.
 */
import { WOMEN_MESSAGES } from './support/women-messages.js';
import { describeMessageSet } from './support/message-set.js';

describeMessageSet("messages about women's health", WOMEN_MESSAGES, 0.83);
