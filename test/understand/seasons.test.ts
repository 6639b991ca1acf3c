/**
 * The seasons set (support/seasons-messages.ts): messages about weather and seasons: heat, cold, sun, winter
 * infections, hay-fever season, beach or ski holidays, how a condition or a medicine behaves in hot or cold
 * weather, storing medicines in heat. Written by someone who had read neither the code nor the earlier sets,
 * following the labeling guide; scored once, before any change made for it (focus 1.000, type F1 0.895). `npx tsx
 * test/understand/support/score-messages.ts --seasons --verbose` lists the misses.
 */
import { SEASONS_MESSAGES } from './support/seasons-messages.js';
import { describeMessageSet } from './support/message-set.js';

describeMessageSet('weather and seasons', SEASONS_MESSAGES, 0.85);
