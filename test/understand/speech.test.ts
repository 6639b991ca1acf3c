/**
 * The speech set (support/speech-messages.ts): messages about speech, language and communication: a child not
 * talking, speech lost, stuttering, slurred speech, swallowing and speaking problems, communication aids, speech
 * therapy. Written by someone who had read neither the code nor the earlier sets, following the labeling guide;
 * scored once, before any change made for it (focus 1.000, type F1 0.899). `npx tsx
 * test/understand/support/score-messages.ts --speech --verbose` lists the misses.
 */
import { SPEECH_MESSAGES } from './support/speech-messages.js';
import { describeMessageSet } from './support/message-set.js';

describeMessageSet('speech, language and communication', SPEECH_MESSAGES, 0.86);
