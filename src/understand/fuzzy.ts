/**
 * Bounded spelling distance for misspelled condition names ("distrophy" → "dystrophy").
 */

/**
 * Optimal-string-alignment (restricted Damerau–Levenshtein) distance between `a` and `b`:
 * insertions, deletions, substitutions and swaps of two neighbouring letters each cost 1.
 * Returns `max + 1` as soon as the distance is known to exceed `max` (so callers can bound the work).
 */
export function boundedDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  if (a === b) return 0;
  const n = b.length;
  if (rows[0].length < n + 1) for (let r = 0; r < 3; r++) rows[r] = new Int32Array(n + 1 + 32);
  let prevPrev = rows[0];
  let prev = rows[1];
  let cur = rows[2];
  for (let j = 0; j <= n; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = i;
    const ac = a.charCodeAt(i - 1);
    for (let j = 1; j <= n; j++) {
      const cost = ac === b.charCodeAt(j - 1) ? 0 : 1;
      let v = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
      if (i > 1 && j > 1 && ac === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === b.charCodeAt(j - 1)) {
        v = Math.min(v, prevPrev[j - 2] + 1);
      }
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    const t = prevPrev;
    prevPrev = prev;
    prev = cur;
    cur = t;
  }
  return Math.min(prev[n], max + 1);
}

/** Reused rows of the distance table (the matcher is single-threaded). */
const rows: [Int32Array, Int32Array, Int32Array] = [
  new Int32Array(64),
  new Int32Array(64),
  new Int32Array(64),
];

/**
 * The edit budget a word of this length gets: none below 5 letters (too many real words are one
 * edit apart), 1 for 5–7 letters, 2 from 8 letters on.
 */
export function editBudget(length: number): number {
  if (length < 5) return 0;
  return length < 8 ? 1 : 2;
}

/**
 * A rough key of how a word sounds, for names written by ear ("seliac" and "celiac", "loopus" and
 * "lupus", "gillian" and "guillain", "rhett" and "rett"): silent first letters and "h" after a consonant
 * dropped (and after a vowel: "crohns" and "chrons"), letters that sound alike merged (c/k/q/ch, sch/sk,
 * c/s before e, i and y, z/tz/s, ph/f, x/ks), doubled letters written once, an e after the last consonant
 * dropped ("crones" and "crohns", "menears" and "menieres"), and every run of vowels one vowel.
 */
export function soundKey(word: string): string {
  return word
    .replace(/^(?:kn|gn|pn)/, 'n')
    .replace(/^(?:wr|rh)/, 'r')
    .replace(/^ps/, 's')
    .replace(/^x/, 's')
    .replace(/ph/g, 'f')
    .replace(/sch/g, 'sk')
    .replace(/ch|ck|q/g, 'k')
    .replace(/tz/g, 'z')
    .replace(/c(?=[eiy])/g, 's')
    .replace(/c/g, 'k')
    .replace(/x/g, 'ks')
    .replace(/z/g, 's')
    .replace(/([^aeiouy])h/g, '$1')
    .replace(/([aeiouy])h(?![aeiouy])/g, '$1')
    .replace(/([a-z])\1+/g, '$1')
    .replace(/([^aeiouy])e(s?)$/, '$1$2')
    .replace(/[aeiouy]+/g, 'a');
}

/** A dictionary word close to a misspelled one: its edit distance, and whether it was found by sound. */
export interface Correction {
  word: string;
  distance: number;
  sound?: boolean;
}

/** Sound-alike spellings are tried for words of at least this many letters. */
const SOUND_MIN_LENGTH = 4;
/** ... and accepted only this close in letters (a key alone would merge "beta" and "bite"). */
const SOUND_MAX_DISTANCE = 3;

/**
 * Dictionary words bucketed by first letter and length, for finding the closest spelling of an unknown word.
 * A misspelled first letter is not corrected (a deliberate limit that keeps lookups cheap), except in a
 * word that sounds the same (`soundKey`).
 */
export class SpellingIndex {
  /** Words by first letter + length, each with its letter-presence mask. */
  private readonly buckets = new Map<string, { words: string[]; masks: number[] }>();
  /** Words by `soundKey`. */
  private readonly sounds = new Map<string, string[]>();

  constructor(
    words: Iterable<string>,
    /** How often each word occurs in names: breaks ties between equally close words. */
    private readonly weight: (word: string) => number,
  ) {
    for (const w of words) {
      if (w.length < SOUND_MIN_LENGTH || /\d/.test(w)) continue;
      const sound = soundKey(w);
      const alike = this.sounds.get(sound);
      if (alike) alike.push(w);
      else this.sounds.set(sound, [w]);
      if (w.length < 5) continue;
      const key = w[0] + w.length;
      let bucket = this.buckets.get(key);
      if (!bucket) this.buckets.set(key, (bucket = { words: [], masks: [] }));
      bucket.words.push(w);
      bucket.masks.push(letterMask(w));
    }
  }

  /** The closest dictionary words within the length's edit budget, best first (at most `limit`). */
  corrections(word: string, limit = 3): Correction[] {
    const max = editBudget(word.length);
    if (max === 0) return [];
    const mask = letterMask(word);
    const found: Correction[] = [];
    for (let length = word.length - max; length <= word.length + max; length++) {
      const bucket = this.buckets.get(word[0] + length);
      if (!bucket) continue;
      for (let i = 0; i < bucket.words.length; i++) {
        // Each edit changes at most two letters of the set of letters used: a cheap filter before the table.
        if (popcount(mask ^ bucket.masks[i]) > 2 * max) continue;
        const candidate = bucket.words[i];
        const d = boundedDistance(word, candidate, max);
        if (d <= max) found.push({ word: candidate, distance: d });
      }
    }
    found.sort((x, y) => x.distance - y.distance || this.weight(y.word) - this.weight(x.word));
    return found.slice(0, limit);
  }

  /**
   * Dictionary words that sound like `word` (same `soundKey`) and are spelled within three edits of it,
   * closest first, each as a correction of one edit marked `sound`.
   */
  soundAlikes(word: string, limit = 3): Correction[] {
    if (word.length < SOUND_MIN_LENGTH) return [];
    const found: Correction[] = [];
    for (const candidate of this.sounds.get(soundKey(word)) ?? []) {
      const d = boundedDistance(word, candidate, SOUND_MAX_DISTANCE);
      if (d > 0 && d <= SOUND_MAX_DISTANCE) found.push({ word: candidate, distance: d });
    }
    found.sort((x, y) => x.distance - y.distance || this.weight(y.word) - this.weight(x.word));
    return found.slice(0, limit).map((x) => ({ word: x.word, distance: 1, sound: true }));
  }
}

/** Which of the letters a–z (and, as bit 26, anything else) a word uses. */
function letterMask(word: string): number {
  let mask = 0;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i) - 97;
    mask |= c >= 0 && c < 26 ? 1 << c : 1 << 26;
  }
  return mask;
}

function popcount(x: number): number {
  let n = 0;
  for (let v = x >>> 0; v; v &= v - 1) n++;
  return n;
}
