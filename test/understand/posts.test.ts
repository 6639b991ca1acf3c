/**
 * The posts set (support/posts-messages.ts): short social-media posts and text messages: lower case,
 * abbreviations (u, ur, pls, idk, tbh, w/), emoji, hashtags, no punctuation or too much. Written by someone who
 * had read neither the code nor the earlier sets, following the labeling guide; scored once, before any change
 * made for it (focus 0.875, type F1 0.909). `npx tsx test/understand/support/score-messages.ts --posts
 * --verbose` lists the misses.
 */
import { POSTS_MESSAGES } from './support/posts-messages.js';
import { describeMessageSet } from './support/message-set.js';

describeMessageSet('social-media posts', POSTS_MESSAGES, 0.87);
