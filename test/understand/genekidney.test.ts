/**
 * The genekidney set (support/genekidney-messages.ts): messages about inherited kidney conditions: dialysis,
 * transplant, blood pressure medicines, diet, family testing, with other questions. Written by someone who
 * had read neither the code nor the earlier sets, following the labeling guide; scored once, before any
 * change made for it (focus 0.975, type F1 0.862). `npx tsx test/understand/support/score-messages.ts
 * --genekidney --verbose` lists the misses.
 */
import { GENEKIDNEY_MESSAGES } from './support/genekidney-messages.js';
import { describeMessageSet } from './support/message-set.js';

describeMessageSet('inherited kidney conditions', GENEKIDNEY_MESSAGES, 0.82);
