/**
 * The products set (support/products-messages.ts): questions about medicines, supplements, vaccines and over-the-counter products: written
 * by someone who had read neither the code nor the earlier sets, following the labeling guide; first scored
 * before any change for it (focus 1.000, type F1 0.759). `npx tsx test/understand/support/score-messages.ts --products --verbose` lists the misses.
 */
import { PRODUCTS_MESSAGES } from './support/products-messages.js';
import { describeMessageSet } from './support/message-set.js';

describeMessageSet('questions about medicines and other products', PRODUCTS_MESSAGES, 0.71);
