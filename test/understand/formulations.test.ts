/**
 * The formulations set (support/formulations-messages.ts): messages about using different forms of medicine:
 * inhalers and spacers, creams, eye drops, nasal sprays, patches, liquids for children, injection pens,
 * suppositories. Written by someone who had read neither the code nor the earlier sets, following the labeling
 * guide; scored once, before any change made for it (focus 1.000, type F1 0.832). `npx tsx
 * test/understand/support/score-messages.ts --formulations --verbose` lists the misses.
 */
import { FORMULATIONS_MESSAGES } from './support/formulations-messages.js';
import { describeMessageSet } from './support/message-set.js';

describeMessageSet('forms of medicine', FORMULATIONS_MESSAGES, 0.79);
