/**
 * The genesymbols set (support/genesymbols-messages.ts): messages that name the gene or the genetic result as
 * much as the condition (an SCN1A mutation, a PKD1 variant, a BRCA2 result), with the questions people ask
 * about the condition the gene causes. Written by someone who had read neither the code nor the earlier sets,
 * following the labeling guide; scored once, before any change made for it (focus 0.875, type F1 0.878). `npx
 * tsx test/understand/support/score-messages.ts --genesymbols --verbose` lists the misses.
 */
import { GENESYMBOLS_MESSAGES } from './support/genesymbols-messages.js';
import { describeMessageSet } from './support/message-set.js';

describeMessageSet('genes named', GENESYMBOLS_MESSAGES, 0.84);
