/**
 * The surgery set (support/surgery-messages.ts): messages about operations and procedures with a condition or a
 * medicine (anaesthesia, stopping a medicine before, recovery, risks, whether to operate). Written by someone
 * who had read neither the code nor the earlier sets, following the labeling guide; scored once, before any
 * change made for it (focus 1.000, type F1 0.720). `npx tsx test/understand/support/score-messages.ts --surgery
 * --verbose` lists the misses.
 */
import { SURGERY_MESSAGES } from './support/surgery-messages.js';
import { describeMessageSet } from './support/message-set.js';

describeMessageSet('messages about operations and procedures', SURGERY_MESSAGES, 0.68);
