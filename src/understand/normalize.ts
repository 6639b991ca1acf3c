/**
 * Text normalization shared by the name dictionary, the sentence splitter and the classifier.
 *
 * A message and every knowledge-base name go through the same `tokenize()`, so that matching is
 * case-, accent-, hyphen-, apostrophe- and plural-insensitive: "Parry-Romberg's", "parry romberg" and
 * "PARRY ROMBERG" all give the tokens `parry romberg`.
 */

import { americanSpelling } from '../kb/index.js';

/** One word of a text: its normalized form plus where it stood in the original string. */
export interface Token {
  /** Normalized form used for matching (`normalizeWord`). */
  norm: string;
  /** The word exactly as written. */
  raw: string;
  /** Character offsets of `raw` in the original text ([start, end)). */
  start: number;
  end: number;
}

/** Roman numerals written after "type" / "class" / "grade" are read as digits ("type II" = "type 2"). */
const ROMAN: Record<string, string> = { i: '1', ii: '2', iii: '3', iv: '4', v: '5', vi: '6', vii: '7' };
const NUMBERED_WORDS = new Set(['type', 'class', 'grade', 'stage', 'group', 'form']);

/** Words ending in s that are not plurals (normalizing them would only make them ambiguous). */
const S_ENDINGS_KEPT = ['ss', 'us', 'is', 'os', 'ys', 'as'];

/** Lower case without accents: "Sjögren" → "sjogren". */
export function foldCase(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

/**
 * Normalizes one lower-cased word: possessive "'s" dropped, British spelling read as American
 * ("tumours" → "tumors"), plural endings reduced ("syndromes" → "syndrome", "allergies" → "allergy",
 * "crohns" → "crohn").
 */
export function normalizeWord(word: string): string {
  let w = word;
  if (w.includes("'") || w.includes('’')) {
    w = w.replace(/['’]s$/, '').replace(/['’]/g, '');
  }
  w = americanSpelling(w);
  const n = w.length;
  if (n > 3 && w.charCodeAt(n - 1) === 115 /* s */) {
    if (n > 4 && w.endsWith('ies')) w = `${w.slice(0, -3)}y`;
    else if (!S_ENDINGS_KEPT.some((e) => w.endsWith(e))) w = w.slice(0, -1);
  }
  return HEAD_MISSPELLINGS.get(w) ?? SHORT_NAME_WORDS.get(w) ?? w;
}

/** Short forms of words inside condition names: "graft vs host disease" is graft-versus-host disease. */
const SHORT_NAME_WORDS: ReadonlyMap<string, string> = new Map([['vs', 'versus']]);

/**
 * Misspellings of the words that end condition names, common enough in mail to be known words themselves
 * ("sjogrens syndrom", "lyme desease"): read as the word meant, so the whole name matches.
 */
const HEAD_MISSPELLINGS: ReadonlyMap<string, string> = new Map([
  ['syndrom', 'syndrome'],
  ['sindrome', 'syndrome'],
  ['syndorme', 'syndrome'],
  ['desease', 'disease'],
  ['disese', 'disease'],
  ['diseas', 'disease'],
  ['deasease', 'disease'],
]);

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;

function isAsciiWordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
}

/** Fast path for ASCII text (nearly every message and name): a hand-rolled scanner. */
function scanAscii(text: string, lower: string, tokens: Token[]): void {
  const n = lower.length;
  let i = 0;
  while (i < n) {
    if (!isAsciiWordChar(lower.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    while (i < n) {
      const c = lower.charCodeAt(i);
      if (isAsciiWordChar(c)) i++;
      else if (
        c === 39 /* ' */ &&
        i + 1 < n &&
        lower.charCodeAt(i + 1) >= 97 &&
        lower.charCodeAt(i + 1) <= 122
      )
        i++;
      else break;
    }
    tokens.push({ norm: normalizeWord(lower.slice(start, i)), raw: text.slice(start, i), start, end: i });
  }
}

/**
 * Splits a text into normalized tokens with their character offsets. Hyphens, slashes and all
 * punctuation separate words; apostrophes inside a word do not.
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  // eslint-disable-next-line no-control-regex
  if (!/[^\x00-\x7f]/.test(text)) {
    scanAscii(text, text.toLowerCase(), tokens);
  } else {
    const folded = foldCase(text);
    // NFKD may change string length for some characters; fall back to per-match folding then.
    const sameLength = folded.length === text.length;
    const source = sameLength ? folded : text;
    for (const m of source.matchAll(WORD)) {
      const start = m.index;
      const end = start + m[0].length;
      const lower = sameLength ? m[0] : foldCase(m[0]);
      tokens.push({ norm: normalizeWord(lower), raw: text.slice(start, end), start, end });
    }
  }
  for (let i = 1; i < tokens.length; i++) {
    const roman = ROMAN[tokens[i].norm];
    if (roman && NUMBERED_WORDS.has(tokens[i - 1].norm)) tokens[i].norm = roman;
  }
  return tokens;
}

/** The normalized key of a name or phrase: its tokens joined by single spaces. */
export function normalizeKey(text: string): string {
  return tokenize(text)
    .map((t) => t.norm)
    .join(' ');
}

/**
 * MedlinePlus's " - <who>" and page-kind endings: "Pyloric stenosis - infant", "Low blood sugar -
 * newborns", "Shin splints - self-care", "Bacterial vaginosis - aftercare".
 */
const POPULATION_SUFFIX =
  / - (?:infants?|newborns?|babies|child|children|kids|teens?|adolescents?|adults?|older adults|self-care|aftercare|overview)$/i;

/**
 * A name without its MedlinePlus population or page ending ("Birth control pills - overview" → "Birth
 * control pills").
 */
export function withoutPageEnding(name: string): string {
  const ending = POPULATION_SUFFIX.exec(name);
  return ending ? name.slice(0, ending.index) : name;
}

/** A name of the form "<words> disease|syndrome[,] type <number or letter>" (`nameVariants`). */
const TYPE_WITHOUT_HEAD =
  /^([A-Za-z][\w'-]*(?: [A-Za-z][\w'-]*)?) (?:disease|syndrome),? (types? (?:\d{1,2}|[ivx]{1,4}|[a-e])[a-z]?)$/i;

/**
 * Spelling variants under which a knowledge-base name is indexed:
 * the name itself, the name without parenthesized parts, the comma inversion
 * ("Hemifacial atrophy, progressive" → "progressive Hemifacial atrophy";
 * "Ceroid lipofuscinosis, neuronal, 4" → "neuronal Ceroid lipofuscinosis 4"), and the name without a
 * population ending ("Pyloric stenosis - infant" → "Pyloric stenosis": people name the condition, not
 * the page; "Shin splints - self-care" → "Shin splints"). Where another condition has that name too, the
 * better-ranked entry wins (`entryRank`).
 */
export function nameVariants(name: string): string[] {
  const population = POPULATION_SUFFIX.exec(name);
  if (population) return [...new Set([...nameVariants(name.slice(0, population.index)), name])];
  const variants = new Set<string>([name]);
  // "Gaucher disease type 1", "Usher syndrome, type 2" → "Gaucher type 1", "Usher type 2": a type named
  // without the word "disease" or "syndrome" before it
  const typed = TYPE_WITHOUT_HEAD.exec(name);
  if (typed) variants.add(`${typed[1]} ${typed[2]}`);
  if (!name.includes(',') && !name.includes('(')) return [...variants];
  const noParens = name
    .replace(/\s*\([^)]*\)\s*/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (noParens) variants.add(noParens);
  for (const base of [name, noParens]) {
    const parts = base.split(/\s*,\s*/).filter(Boolean);
    if (parts.length === 2) variants.add(`${parts[1]} ${parts[0]}`);
    else if (parts.length === 3) variants.add(`${parts[1]} ${parts[0]} ${parts[2]}`);
  }
  return [...variants];
}

/** Abbreviations written in parentheses after a name: "Paroxysmal nocturnal hemoglobinuria (PNH)" → ["PNH"]. */
export function parenthesizedAbbreviations(name: string): string[] {
  if (!name.includes('(')) return [];
  const found: string[] = [];
  for (const m of name.matchAll(/\(([^)]{2,12})\)/g)) {
    const inner = m[1].replace(/\./g, '').trim();
    if (/^[A-Z][A-Z0-9-]{1,9}$/.test(inner) && /[A-Z].*[A-Z0-9]/.test(inner)) found.push(inner);
  }
  return found;
}
