/**
 * The newsmedia set (support/newsmedia-messages.ts): messages prompted by something seen in the news, on
 * television, on social media or online about a rare condition or a medicine, asking whether it is true and
 * other questions. Written by someone who had read neither the code nor the earlier sets, following the
 * labeling guide; scored once, before any change made for it (focus 0.950, type F1 0.871). `npx tsx
 * test/understand/support/score-messages.ts --newsmedia --verbose` lists the misses.
 */
import { NEWSMEDIA_MESSAGES } from './support/newsmedia-messages.js';
import { describeMessageSet } from './support/message-set.js';

describeMessageSet('news and social media', NEWSMEDIA_MESSAGES, 0.83);
