/**
 * The sleep set (support/sleep-messages.ts): messages about sleep and its disorders and their medicines and
 * machines (narcolepsy, idiopathic hypersomnia, sleep apnea, restless legs syndrome, CPAP, modafinil, sodium
 * oxybate). Written by someone who had read neither the code nor the earlier sets, following the labeling guide;
 * scored once, before any change made for it (focus 0.975, type F1 0.894). `npx tsx
 * test/understand/support/score-messages.ts --sleep --verbose` lists the misses.
 */
import { SLEEP_MESSAGES } from './support/sleep-messages.js';
import { describeMessageSet } from './support/message-set.js';

describeMessageSet('messages about sleep and its disorders', SLEEP_MESSAGES, 0.85);
