/**
 * The disability set (support/disability-messages.ts): messages from carers and families of adults and children
 * with learning disabilities or complex needs (Down syndrome, fragile X, cerebral palsy, Rett syndrome, tuberous
 * sclerosis, autism with epilepsy). Written by someone who had read neither the code nor the earlier sets,
 * following the labeling guide; scored once, before any change made for it (focus 1.000, type F1 0.881). `npx
 * tsx test/understand/support/score-messages.ts --disability --verbose` lists the misses.
 */
import { DISABILITY_MESSAGES } from './support/disability-messages.js';
import { describeMessageSet } from './support/message-set.js';

describeMessageSet('messages about learning disabilities', DISABILITY_MESSAGES, 0.84);
