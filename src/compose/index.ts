/** Composition's public door: the reply letter and its four renderings. */
export type * from './types.js';
export { composeLetter, needsReview } from './letter.js';
export type { LetterContext, LetterInput, LetterOptions } from './letter.js';
export { renderLetter, formatReference, escapeHtml, sectionLabel } from './render.js';
export { ReferenceList } from './citations.js';
export {
  FIND_SPECIALIST_GUIDANCE,
  researchGuidance,
  clinicalTrialsUrl,
  NO_ANSWER_NOTICE,
  NO_FOCUS_NOTICE,
  noFocusNotice,
  DISCLAIMER,
} from './guidance.js';
