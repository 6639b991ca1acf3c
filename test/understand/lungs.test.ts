/**
 * The lungs set (support/lungs-messages.ts): messages about lung and breathing conditions and their inhalers,
 * oxygen and medicines (cystic fibrosis, pulmonary fibrosis, sarcoidosis, alpha-1 antitrypsin deficiency,
 * pulmonary hypertension). Written by someone who had read neither the code nor the earlier sets, following the
 * labeling guide; scored once, before any change made for it (focus 1.000, type F1 0.886). `npx tsx
 * test/understand/support/score-messages.ts --lungs --verbose` lists the misses.
 */
import { LUNGS_MESSAGES } from './support/lungs-messages.js';
import { describeMessageSet } from './support/message-set.js';

describeMessageSet('messages about lung and breathing conditions', LUNGS_MESSAGES, 0.85);
