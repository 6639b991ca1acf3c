/**
 * The ultrarare set (support/ultrarare-messages.ts): messages about very rare conditions that few doctors
 * know, from families who feel alone: what it is, who to contact, other families, research, outlook. Written
 * by someone who had read neither the code nor the earlier sets, following the labeling guide; scored once,
 * before any change made for it (focus 0.975, type F1 0.938). `npx tsx test/understand/support/score-messages.ts --ultrarare --verbose` lists the misses.
 */
import { ULTRARARE_MESSAGES } from './support/ultrarare-messages.js';
import { describeMessageSet } from './support/message-set.js';

describeMessageSet('very rare conditions', ULTRARARE_MESSAGES, 0.9);
