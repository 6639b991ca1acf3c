/**
 * The liverrare set (support/liverrare-messages.ts): messages about rare liver and gallbladder conditions
 * (primary biliary cholangitis, primary sclerosing cholangitis, Alagille syndrome, biliary atresia, Wilson
 * disease, autoimmune hepatitis, Gilbert syndrome, PFIC): itching, transplant, diet and alcohol, medicines,
 * with other questions. Written by someone who had read neither the code nor the earlier sets, following the
 * labeling guide; scored once, before any change made for it (focus 0.975, type F1 0.925). `npx tsx
 * test/understand/support/score-messages.ts --liverrare --verbose` lists the misses.
 */
import { LIVERRARE_MESSAGES } from './support/liverrare-messages.js';
import { describeMessageSet } from './support/message-set.js';

describeMessageSet('rare liver conditions', LIVERRARE_MESSAGES, 0.89);
