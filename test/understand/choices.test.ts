/**
 * The choices set (support/choices-messages.ts): people facing a decision about a treatment, a test, a trial
 * or a medicine. First scored, before any change against it: focus 1.000, type F1 0.690; after its changes
 * 0.800. `npx tsx test/understand/support/score-messages.ts --choices --verbose` lists the misses.
 */
import { CHOICES_MESSAGES } from './support/choices-messages.js';
import { describeMessageSet } from './support/message-set.js';

describeMessageSet('messages about choices', CHOICES_MESSAGES, 0.76);
