/**
 * The organizations set (support/organizations-messages.ts): messages about patient organizations, charities
 * and support groups: finding or starting one, meeting other families, registries, giving samples or money to
 * research, volunteering, with other questions about the condition. Written by someone who had read neither
 * the code nor the earlier sets, following the labeling guide; scored once, before any change made for it
 * (focus 1.000, type F1 0.863). `npx tsx test/understand/support/score-messages.ts --organizations --verbose`
 * lists the misses.
 */
import { ORGANIZATIONS_MESSAGES } from './support/organizations-messages.js';
import { describeMessageSet } from './support/message-set.js';

describeMessageSet('patient organizations', ORGANIZATIONS_MESSAGES, 0.82);
