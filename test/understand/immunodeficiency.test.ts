/**
 * The immunodeficiency set (support/immunodeficiency-messages.ts): messages about primary immunodeficiencies
 * (common variable immunodeficiency, X-linked agammaglobulinemia, severe combined immunodeficiency, chronic
 * granulomatous disease, DiGeorge syndrome, hyper IgE syndrome): immunoglobulin infusions, infections,
 * vaccines, antibiotics, transplant, with other questions. Written by someone who had read neither the code
 * nor the earlier sets, following the labeling guide; scored once, before any change made for it (focus
 * 0.950, type F1 0.830). `npx tsx test/understand/support/score-messages.ts --immunodeficiency --verbose`
 * lists the misses.
 */
import { IMMUNODEFICIENCY_MESSAGES } from './support/immunodeficiency-messages.js';
import { describeMessageSet } from './support/message-set.js';

describeMessageSet('primary immunodeficiencies', IMMUNODEFICIENCY_MESSAGES, 0.79);
