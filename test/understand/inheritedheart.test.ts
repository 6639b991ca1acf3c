/**
 * The inheritedheart set (support/inheritedheart-messages.ts): messages about inherited heart and vessel
 * conditions: sport, family screening, implanted defibrillators, medicines, pregnancy, with other questions.
 * Written by someone who had read neither the code nor the earlier sets, following the labeling guide; scored
 * once, before any change made for it (focus 0.875, type F1 0.825). `npx tsx test/understand/support/score-messages.ts --inheritedheart --verbose` lists the misses. Its focus floor is 0.85:
 * five messages name a subtype or a broader name than the focus the writer chose (LQT1 for long QT syndrome,
 * "dilated cardiomyopathy" for familial dilated cardiomyopathy, "vascular Ehlers-Danlos" for the vascular type).
 */
import { INHERITEDHEART_MESSAGES } from './support/inheritedheart-messages.js';
import { describeMessageSet } from './support/message-set.js';

describeMessageSet('inherited heart and vessel conditions', INHERITEDHEART_MESSAGES, {
  f1: 0.78,
  focus: 0.85,
});
