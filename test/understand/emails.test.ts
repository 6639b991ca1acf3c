/**
 * The emails set (support/emails-messages.ts): messages pasted from email, with signatures, disclaimers,
 * forwarded and quoted text. First scored, before any change against it: focus 1.000, type F1 0.782; after its
 * changes 0.838. `npx tsx test/understand/support/score-messages.ts --emails --verbose` lists the misses.
 */
import { EMAILS_MESSAGES } from './support/emails-messages.js';
import { describeMessageSet } from './support/message-set.js';

describeMessageSet('messages pasted from email', EMAILS_MESSAGES, 0.79);
