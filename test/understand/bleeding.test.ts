/**
 * The bleeding set (support/bleeding-messages.ts): messages about bleeding disorders: hemophilia, von
 * Willebrand disease, platelet disorders, factor deficiencies, heavy bleeding, factor treatments, with other
 * questions about the condition and its medicines. Written by someone who had read neither the code nor the
 * earlier sets, following the labeling guide; scored once, before any change made for it (focus 0.950, type
 * F1 0.894). `npx tsx test/understand/support/score-messages.ts --bleeding --verbose` lists the misses.
 */
import { BLEEDING_MESSAGES } from './support/bleeding-messages.js';
import { describeMessageSet } from './support/message-set.js';

describeMessageSet('bleeding disorders', BLEEDING_MESSAGES, 0.85);
