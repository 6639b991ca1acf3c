/**
 * The misspellings set (support/misspellings-messages.ts): messages with many misspellings of condition and
 * medicine names, written the way people hear them ("fibromalgia", "metforman", "gabapenten"), autocorrect
 * mistakes and no punctuation; the focus is the name as misspelled. Written by someone who had read neither the
 * code nor the earlier sets, following the labeling guide; scored once, before any change made for it (focus
 * 0.850, type F1 0.908). `npx tsx test/understand/support/score-messages.ts --misspellings --verbose` lists the
 * misses. Its focus floor is 0.8: the names are misspelled on purpose.
 */
import { MISSPELLINGS_MESSAGES } from './support/misspellings-messages.js';
import { describeMessageSet } from './support/message-set.js';

describeMessageSet('misspelled names', MISSPELLINGS_MESSAGES, { f1: 0.87, focus: 0.8 });
