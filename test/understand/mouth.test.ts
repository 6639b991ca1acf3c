/**
 * The mouth set (support/mouth-messages.ts): messages about conditions of the mouth, teeth, jaw, face, ears,
 * nose and throat and their medicines and operations (cleft lip and palate, ectodermal dysplasia, TMJ disorders,
 * hereditary hearing loss). Written by someone who had read neither the code nor the earlier sets, following the
 * labeling guide; scored once, before any change made for it (focus 0.950, type F1 0.868). `npx tsx
 * test/understand/support/score-messages.ts --mouth --verbose` lists the misses.
 */
import { MOUTH_MESSAGES } from './support/mouth-messages.js';
import { describeMessageSet } from './support/message-set.js';

describeMessageSet('messages about the mouth, teeth, face, ears, nose and throat', MOUTH_MESSAGES, 0.83);
