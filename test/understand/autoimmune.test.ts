/**
 * The autoimmune set (support/autoimmune-messages.ts): messages about autoimmune conditions: lupus, Sjogren
 * syndrome, myositis, scleroderma, vasculitis, flares, immune medicines, pregnancy, tests, with other
 * questions about the condition and its medicines. Written by someone who had read neither the code nor the
 * earlier sets, following the labeling guide; scored once, before any change made for it (focus 1.000, type
 * F1 0.845). `npx tsx test/understand/support/score-messages.ts --autoimmune --verbose` lists the misses.
 */
import { AUTOIMMUNE_MESSAGES } from './support/autoimmune-messages.js';
import { describeMessageSet } from './support/message-set.js';

describeMessageSet('autoimmune conditions', AUTOIMMUNE_MESSAGES, 0.8);
