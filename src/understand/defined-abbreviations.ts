/**
 * Abbreviations a message defines for itself: "Devic's disease (neuromyelitis optica, NMO) ... How is NMO
 * told apart from MS?". An all-capitals word the knowledge base does not know names the condition whose
 * written name it abbreviates (see `abbreviates`).
 */
import type { Mention } from './names.js';

/** All-capitals words of two to six letters or digits ("NMO", "CCHS", "PKD1"). */
const CAPITALS = /\b[A-Z][A-Z0-9]{1,5}\b/g;

/** Small words an abbreviation may skip ("disease of the bone" → "DB"). */
const SKIPPED = new Set(['of', 'the', 'and', 'with', 'in', 'a', 'an', 'to', 'for']);

/**
 * Whether `short` can abbreviate `long`: its letters, in order, are the first letter of each word of `long`
 * (small words may be skipped), each optionally followed by later letters of the same word ("NMO" for
 * "neuromyelitis optica", "CCHS" for "congenital central hypoventilation syndrome"; not "PE" for "Perthes
 * disease", which leaves "disease" out). A stricter form of the letter matching of Schwartz & Hearst (2003).
 */
export function abbreviates(short: string, long: string): boolean {
  const s = short.toLowerCase();
  const words = long
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w && !SKIPPED.has(w));
  if (s.length < 2 || !words.length) return false;
  // Does s[si..] abbreviate words[wi..], with letters of words[wi] from position `from` still usable?
  const rest = (si: number, wi: number): boolean => {
    if (wi === words.length) return si === s.length;
    const word = words[wi];
    if (s[si] !== word[0]) return false;
    const inside = (sj: number, from: number): boolean => {
      if (rest(sj, wi + 1)) return true;
      for (let p = from; p < word.length; p++) if (word[p] === s[sj] && inside(sj + 1, p + 1)) return true;
      return false;
    };
    return inside(si + 1, 1);
  };
  return rest(0, 0);
}

/**
 * Mentions for the all-capitals words of `message` that no mention covers and that abbreviate the words of
 * an earlier or later mention of the same message (of at least two words), as mentions of its condition.
 */
export function definedAbbreviations(message: string, mentions: readonly Mention[]): Mention[] {
  const longForms = mentions.filter((m) => m.match !== 'abbreviation' && /\s/.test(m.text.trim()));
  if (!longForms.length) return [];
  const out: Mention[] = [];
  for (const t of message.matchAll(CAPITALS)) {
    const start = t.index;
    const end = start + t[0].length;
    if (mentions.some((m) => m.start < end && start < m.end)) continue;
    const long = longForms.find((m) => abbreviates(t[0], m.text));
    if (long) out.push({ ...long, text: t[0], start, end, match: 'abbreviation' });
  }
  return out;
}
