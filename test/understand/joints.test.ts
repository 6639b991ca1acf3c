/**
 * The joints set (support/joints-messages.ts): messages about joints and rheumatology and their medicines
 * (arthritis of all kinds, gout, lupus, ankylosing spondylitis, hypermobility, juvenile arthritis, methotrexate,
 * biologics, steroids, NSAIDs). Written by someone who had read neither the code nor the earlier sets, following
 * the labeling guide; scored once, before any change made for it (focus 1.000, type F1 0.909). `npx tsx
 * test/understand/support/score-messages.ts --joints --verbose` lists the misses.
 */
import { JOINTS_MESSAGES } from './support/joints-messages.js';
import { describeMessageSet } from './support/message-set.js';

describeMessageSet('messages about joints', JOINTS_MESSAGES, 0.87);
