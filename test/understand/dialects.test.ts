/**
 * The dialects set (support/dialects-messages.ts): messages in the English of many places (British, Irish,
 * Scottish, Australian, Indian, Nigerian, South African, Caribbean, American Southern), with their own words
 * and spellings, about rare conditions and medicines. Written by someone who had read neither the code nor
 * the earlier sets, following the labeling guide; scored once, before any change made for it (focus 0.925,
 * type F1 0.814). `npx tsx test/understand/support/score-messages.ts --dialects --verbose` lists the misses.
 */
import { DIALECTS_MESSAGES } from './support/dialects-messages.js';
import { describeMessageSet } from './support/message-set.js';

describeMessageSet('English of many places', DIALECTS_MESSAGES, 0.77);
