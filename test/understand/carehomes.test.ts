/**
 * The carehomes set (support/carehomes-messages.ts): messages about care at home and in care homes: carers,
 * nursing homes, respite, caring for an adult who can no longer live alone, with other questions about the
 * condition and its medicines. Written by someone who had read neither the code nor the earlier sets,
 * following the labeling guide; scored once, before any change made for it (focus 0.950, type F1 0.919). `npx
 * tsx test/understand/support/score-messages.ts --carehomes --verbose` lists the misses.
 */
import { CAREHOMES_MESSAGES } from './support/carehomes-messages.js';
import { describeMessageSet } from './support/message-set.js';

describeMessageSet('care at home and in care homes', CAREHOMES_MESSAGES, 0.88);
