/**
 * The devices set (support/devices-messages.ts): messages about medical devices: insulin pumps, CPAP machines,
 * hearing aids, cochlear implants, pacemakers, feeding tubes, wheelchairs, with a condition or a medicine.
 * Written by someone who had read neither the code nor the earlier sets, following the labeling guide; scored
 * once, before any change made for it (focus 1.000, type F1 0.843). `npx tsx
 * test/understand/support/score-messages.ts --devices --verbose` lists the misses.
 */
import { DEVICES_MESSAGES } from './support/devices-messages.js';
import { describeMessageSet } from './support/message-set.js';

describeMessageSet('medical devices', DEVICES_MESSAGES, 0.8);
