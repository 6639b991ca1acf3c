/**
 * The doses set (support/doses-messages.ts): messages about mistakes and worries with doses: a double or missed
 * dose, a child who swallowed a tablet, vomiting after a dose, running out, a changed pill, mixed-up medicines,
 * and the condition the medicine is for. Written by someone who had read neither the code nor the earlier sets,
 * following the labeling guide; scored once, before any change made for it (focus 1.000, type F1 0.726). `npx tsx
 * test/understand/support/score-messages.ts --doses --verbose` lists the misses.
 */
import { DOSES_MESSAGES } from './support/doses-messages.js';
import { describeMessageSet } from './support/message-set.js';

describeMessageSet('mistakes and worries about doses', DOSES_MESSAGES, 0.69);
