/**
 * The injuries set (support/injuries-messages.ts): messages about injuries in people with a condition: falls,
 * fractures, bruises, head bumps, cuts that bleed long, sports injuries, what to do, medicines after an injury.
 * Written by someone who had read neither the code nor the earlier sets, following the labeling guide; scored
 * once, before any change made for it (focus 1.000, type F1 0.869). `npx tsx
 * test/understand/support/score-messages.ts --injuries --verbose` lists the misses.
 */
import { INJURIES_MESSAGES } from './support/injuries-messages.js';
import { describeMessageSet } from './support/message-set.js';

describeMessageSet('injuries', INJURIES_MESSAGES, 0.83);
