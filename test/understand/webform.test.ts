/**
 * The webform set (support/webform-messages.ts): the subject and message fields of the ask-a-question form
 * used every way people use them. First scored, before any change against it: focus 1.000, type F1 0.769;
 * after its changes 0.867.
 * `npx tsx test/understand/support/score-messages.ts --webform --verbose` lists the misses.
 */
import { WEBFORM_MESSAGES } from './support/webform-messages.js';
import { describeMessageSet } from './support/message-set.js';

describeMessageSet('webform messages', WEBFORM_MESSAGES, 0.84);
