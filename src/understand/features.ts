/**
 * What the question-type classifier sees of a question: word n-grams of the question with every
 * condition mention replaced by the placeholder FOCUS, plus the kind of the focus (disease, drug, ...).
 * Training (`train.ts`) and prediction use this one function, so they always agree.
 */
import type { ConditionKind } from '../kb/index.js';
import { tokenize } from './normalize.js';

/** The word that stands for the condition in a question ("How is FOCUS treated?"). */
export const FOCUS_PLACEHOLDER = 'FOCUS';
/** The placeholder as the tokenizer sees it. */
const FOCUS_TOKEN = 'focus';

/** Light suffix stripping so "treated", "treating", "treatment" share a feature. */
export function stem(word: string): string {
  if (word.length <= 4 || word === FOCUS_TOKEN) return word;
  for (const suffix of ['ations', 'ation', 'ments', 'ment', 'ings', 'ing', 'ed', 'ly']) {
    if (word.endsWith(suffix) && word.length - suffix.length >= 3) return word.slice(0, -suffix.length);
  }
  return word;
}

/** Replaces the given character spans of `text` by FOCUS (spans must not overlap). */
export function maskSpans(text: string, spans: ReadonlyArray<{ start: number; end: number }>): string {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  let out = '';
  let at = 0;
  for (const s of sorted) {
    if (s.start < at) continue;
    out += `${text.slice(at, s.start)} ${FOCUS_PLACEHOLDER} `;
    at = s.end;
  }
  return (out + text.slice(at)).replace(/\s+/g, ' ').trim();
}

/**
 * Phrases that refer back to the message's condition ("this condition", "the disease", "this medicine").
 * They are masked like a name, so "How is this condition treated?" reads as "How is FOCUS treated?".
 * "this"/"that" take the singular and "these"/"those" the plural: "I have read that vaccines can cause
 * it" has the conjunction "that", not a reference.
 */
export const REFERENCE_PHRASE =
  /\b(?:(?:the|his|her|my|our|their|said)\s+(?:rare\s+)?(?:condition|disease|disorder|syndrome|illness|diagnosis|medication|medicine|drug|pill|tablet|supplement|vaccine)s?|(?:this|that|such an?)\s+(?:rare\s+)?(?:condition|disease|disorder|syndrome|illness|diagnosis|medication|medicine|drug|pill|tablet|supplement|vaccine)|(?:these|those)\s+(?:rare\s+)?(?:(?:condition|disease|disorder|syndrome|illness|medication|medicine|drug|pill|tablet|supplement|vaccine)s|diagnoses))\b/gi;

/** Character spans of reference phrases in `text`. */
export function referenceSpans(text: string): Array<{ start: number; end: number; text: string }> {
  return [...text.matchAll(REFERENCE_PHRASE)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    text: m[0],
  }));
}

/**
 * Features of a question whose focus mentions are already masked:
 * unigrams (`u:`), bigrams (`b:`), the opening word and word pair (`s:`, `s2:`), and the focus kind (`k:`).
 */
export function questionFeatures(maskedText: string, focusKind: ConditionKind | null): string[] {
  const words = tokenize(maskedText).map((t) => stem(t.norm));
  // FOCUS placeholders directly in a row (a name split by the masking) collapse into one
  const seq = words.filter((w, i) => !(w === FOCUS_TOKEN && words[i - 1] === FOCUS_TOKEN));
  const features = new Set<string>();
  for (let i = 0; i < seq.length; i++) {
    features.add(`u:${seq[i]}`);
    if (i + 1 < seq.length) features.add(`b:${seq[i]}_${seq[i + 1]}`);
  }
  if (seq.length > 0) features.add(`s:${seq[0]}`);
  if (seq.length > 1) features.add(`s2:${seq[0]}_${seq[1]}`);
  features.add(`k:${focusKind ?? 'none'}`);
  return [...features];
}
