/**
 * The codeswitch set (support/codeswitch-messages.ts): messages mixing English with another language
 * (Spanish, Hindi, Tagalog, French or Arabic words), from bilingual families, about rare conditions and
 * medicines, all question types. Written by someone who had read neither the code nor the earlier sets,
 * following the labeling guide; scored once, before any change made for it (focus 1.000, type F1 0.724). `npx
 * tsx test/understand/support/score-messages.ts --codeswitch --verbose` lists the misses.
 */
import { CODESWITCH_MESSAGES } from './support/codeswitch-messages.js';
import { describeMessageSet } from './support/message-set.js';

describeMessageSet('English mixed with another language', CODESWITCH_MESSAGES, 0.68);
