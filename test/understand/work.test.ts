/**
 * The work set (support/work-messages.ts): working life with a condition: employees, managers, HR and
 * occupational health. First scored, before any change against it: focus 0.975, type F1 0.579; after its
 * changes 0.718. `npx tsx test/understand/support/score-messages.ts --work --verbose` lists the misses.
 */
import { WORK_MESSAGES } from './support/work-messages.js';
import { describeMessageSet } from './support/message-set.js';

describeMessageSet('messages about work', WORK_MESSAGES, 0.68);
