/**
 * The vessels set (support/vessels-messages.ts): messages about blood vessels and circulation and their
 * medicines (varicose veins, Raynaud, vasculitis, aneurysms, vascular malformations, hereditary hemorrhagic
 * telangiectasia, Kawasaki disease, DVT, warfarin, apixaban, rivaroxaban). Written by someone who had read
 * neither the code nor the earlier sets, following the labeling guide; scored once, before any change made for
 * it (focus 0.975, type F1 0.918). `npx tsx test/understand/support/score-messages.ts --vessels --verbose` lists
 * the misses.
 */
import { VESSELS_MESSAGES } from './support/vessels-messages.js';
import { describeMessageSet } from './support/message-set.js';

describeMessageSet('messages about blood vessels', VESSELS_MESSAGES, 0.88);
