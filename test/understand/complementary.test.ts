/**
 * The complementary set (support/complementary-messages.ts): messages about complementary and alternative
 * approaches: acupuncture, chiropractic, massage, homeopathy, herbal remedies, special diets, yoga, whether they
 * help or are safe with a medicine. Written by someone who had read neither the code nor the earlier sets,
 * following the labeling guide; scored once, before any change made for it (focus 1.000, type F1 0.755). `npx tsx
 * test/understand/support/score-messages.ts --complementary --verbose` lists the misses.
 */
import { COMPLEMENTARY_MESSAGES } from './support/complementary-messages.js';
import { describeMessageSet } from './support/message-set.js';

describeMessageSet('complementary and alternative approaches', COMPLEMENTARY_MESSAGES, 0.71);
