/**
 * The transplant set (support/transplant-messages.ts): messages about organ and stem cell transplants and life
 * after them, and their medicines (rejection, graft-versus-host disease, tacrolimus, mycophenolate,
 * cyclosporine). Written by someone who had read neither the code nor the earlier sets, following the labeling
 * guide; scored once, before any change made for it (focus 0.875, type F1 0.809). `npx tsx
 * test/understand/support/score-messages.ts --transplant --verbose` lists the misses.
 */
import { TRANSPLANT_MESSAGES } from './support/transplant-messages.js';
import { describeMessageSet } from './support/message-set.js';

describeMessageSet('messages about transplants', TRANSPLANT_MESSAGES, 0.77);
