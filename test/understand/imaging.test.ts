/**
 * The imaging set (support/imaging-messages.ts): messages about scans and imaging: MRI, CT, X-ray, ultrasound and
 * echo results that mention a condition, whether a scan can show a condition, radiation worries, contrast dye
 * with a medicine. Written by someone who had read neither the code nor the earlier sets, following the labeling
 * guide; scored once, before any change made for it (focus 1.000, type F1 0.865). `npx tsx
 * test/understand/support/score-messages.ts --imaging --verbose` lists the misses.
 */
import { IMAGING_MESSAGES } from './support/imaging-messages.js';
import { describeMessageSet } from './support/message-set.js';

describeMessageSet('scans and imaging', IMAGING_MESSAGES, 0.82);
