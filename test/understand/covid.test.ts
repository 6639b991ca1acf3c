/**
 * The covid set (support/covid-messages.ts): messages about infections and vaccines for people with rare
 * conditions: COVID, flu, whether vaccines are safe with their condition or medicine, whether they are at
 * higher risk, what to do when they catch something, with other questions. Written by someone who had read
 * neither the code nor the earlier sets, following the labeling guide; scored once, before any change made
 * for it (focus 0.950, type F1 0.738). `npx tsx test/understand/support/score-messages.ts --covid --verbose`
 * lists the misses.
 */
import { COVID_MESSAGES } from './support/covid-messages.js';
import { describeMessageSet } from './support/message-set.js';

describeMessageSet('infections and vaccines', COVID_MESSAGES, 0.7);
