/**
 * The spine set (support/spine-messages.ts): messages about the spine and spinal cord: scoliosis, spina
 * bifida, tethered cord, syringomyelia, back surgery and braces, with other questions about the condition and
 * its medicines. Written by someone who had read neither the code nor the earlier sets, following the
 * labeling guide; scored once, before any change made for it (focus 0.950, type F1 0.845). `npx tsx
 * test/understand/support/score-messages.ts --spine --verbose` lists the misses.
 */
import { SPINE_MESSAGES } from './support/spine-messages.js';
import { describeMessageSet } from './support/message-set.js';

describeMessageSet('the spine and spinal cord', SPINE_MESSAGES, 0.8);
