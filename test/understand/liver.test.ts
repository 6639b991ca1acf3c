/**
 * The liver set (support/liver-messages.ts): messages about liver and bile duct conditions and their medicines
 * and tests (primary biliary cholangitis, primary sclerosing cholangitis, autoimmune hepatitis, Wilson disease,
 * biliary atresia, hepatitis, cirrhosis). Written by someone who had read neither the code nor the earlier sets,
 * following the labeling guide; scored once, before any change made for it (focus 0.950, type F1 0.905). `npx
 * tsx test/understand/support/score-messages.ts --liver --verbose` lists the misses.
 */
import { LIVER_MESSAGES } from './support/liver-messages.js';
import { describeMessageSet } from './support/message-set.js';

describeMessageSet('messages about liver and bile duct conditions', LIVER_MESSAGES, 0.86);
