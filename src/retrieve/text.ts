/**
 * Text normalization shared by every retrieval index: lower-casing, accent folding, tokenizing,
 * stop-word removal and a light suffix stemmer. Queries and documents go through the same function,
 * so "treated", "treatment" and "treatments" all meet at `treat`.
 */

import { americanSpelling } from '../kb/index.js';

/** Words too common to carry meaning in a question or an answer. */
const STOPWORDS = new Set(
  (
    'a about above after again against all also am an and any are as at be because been before being below ' +
    'between both but by can could did do does doing down during each few for from further had has have having ' +
    'he her here hers herself him himself his how i if in into is it its itself just me more most my myself no ' +
    'nor not now of off on once only or other our ours ourselves out over own same she should so some such than ' +
    'that the their theirs them themselves then there these they this those through to too under until up very ' +
    'was we were what when where which while who whom why will with would you your yours yourself yourselves ' +
    'please thank thanks hello hi dear regards know want wondering wonder question questions tell get got ' +
    'anyone somebody someone something anything thing things like really much many may might us let im ive dont'
  ).split(' '),
);

/** Suffixes removed by `stem`, longest first; each keeps a stem of at least three letters. */
const SUFFIXES: Array<[suffix: string, replacement: string]> = [
  ['ational', 'ate'],
  ['ments', ''],
  ['ment', ''],
  ['ings', ''],
  ['ing', ''],
  ['ies', 'y'],
  ['ied', 'y'],
  ['ness', ''],
  ['edly', ''],
  ['ed', ''],
  ['es', ''],
  ['ly', ''],
  ['s', ''],
];

/**
 * A conservative stemmer: strips one common English suffix (plural, -ing, -ed, -ment, -ly) when at
 * least three letters remain, and leaves Latin/Greek endings (`-is`, `-us`, `-ss`) alone so that
 * "diagnosis", "virus" and "illness" stay intact.
 */
export function stem(word: string): string {
  if (word.length <= 3 || /\d/.test(word)) return word;
  if (/(?:ss|is|us|ous|sis)$/.test(word)) return word;
  for (const [suffix, replacement] of SUFFIXES) {
    if (word.endsWith(suffix) && word.length - suffix.length >= 3) {
      const base = word.slice(0, word.length - suffix.length) + replacement;
      // "-es" only after ss/x/z/ch/sh ("classes", "boxes", "rashes"); otherwise drop just the "s"
      // ("diseases" -> "disease", "causes" -> "cause").
      if (suffix === 'es' && !/(?:ss|x|z|ch|sh)$/.test(base)) return word.slice(0, -1);
      return base;
    }
  }
  return word;
}

/** Accents stripped (NFKD, combining marks removed) and lower-cased: the folding `words()` applies. */
export function foldText(text: string): string {
  // eslint-disable-next-line no-control-regex
  const ascii = /^[\x00-\x7f]*$/.test(text) ? text : text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
  return ascii.toLowerCase();
}

/** Lower-case, strip accents, and split into alphanumeric runs (apostrophes dropped: "Crohn's" -> "crohns"). */
export function words(text: string): string[] {
  return (
    foldText(text)
      .replace(/['\u2019]/g, '')
      .match(/[a-z0-9]+/g) ?? []
  );
}

/** Index term of each word seen so far (null for stop-words); the vocabulary is small, so this stays small. */
const TERM_CACHE = new Map<string, string | null>();

/** The index term of one lower-case word (British spelling read as American), or null when it is a stop-word. */
export function termOf(word: string): string | null {
  let t = TERM_CACHE.get(word);
  if (t === undefined) {
    t = STOPWORDS.has(word) || (word.length === 1 && !/\d/.test(word)) ? null : stem(americanSpelling(word));
    if (TERM_CACHE.size < 500_000) TERM_CACHE.set(word, t);
  }
  return t;
}

/** Index terms of a text: words without stop-words, stemmed. Duplicates are kept (they count as term frequency). */
export function terms(text: string): string[] {
  const out: string[] = [];
  for (const w of words(text)) {
    const t = termOf(w);
    if (t !== null) out.push(t);
  }
  return out;
}

/** Distinct index terms of a text, in first-seen order. */
export function termSet(text: string): string[] {
  return [...new Set(terms(text))];
}

/** Splits answer text into sentences (on `.`, `?`, `!` followed by a space and a capital or digit). */
export function sentences(text: string): string[] {
  return text
    .replace(/\s+/g, ' ')
    .split(/(?<=[.?!])\s+(?=[A-Z0-9("])/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}
