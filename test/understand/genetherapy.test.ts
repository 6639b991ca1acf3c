/**
 * The genetherapy set (support/genetherapy-messages.ts): messages about new and advanced treatments: gene
 * therapy, enzyme replacement, newly approved medicines, who qualifies, how they work, cost and risks,
 * trials. Written by someone who had read neither the code nor the earlier sets, following the labeling
 * guide; scored once, before any change made for it (focus 0.925, type F1 0.794). `npx tsx
 * test/understand/support/score-messages.ts --genetherapy --verbose` lists the misses.
 */
import { GENETHERAPY_MESSAGES } from './support/genetherapy-messages.js';
import { describeMessageSet } from './support/message-set.js';

describeMessageSet('new and advanced treatments', GENETHERAPY_MESSAGES, 0.75);
