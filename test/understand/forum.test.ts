/**
 * The forum set (support/forum-messages.ts): posts from patient forums and chats, lower case, slang and
 * abbreviations. First scored, before any change against it: focus 1.000, type F1 0.609; after its changes 0.859.
 * `npx tsx test/understand/support/score-messages.ts --forum --verbose` lists the misses.
 */
import { FORUM_MESSAGES } from './support/forum-messages.js';
import { describeMessageSet } from './support/message-set.js';

describeMessageSet('forum messages', FORUM_MESSAGES, 0.83);
