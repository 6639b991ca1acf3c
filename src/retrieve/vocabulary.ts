/**
 * Fast tokenizing for building the index: turns text straight into term ids without making a string
 * per word. Words are hashed as they are scanned (lower-cased on the fly) and looked up in an
 * open-addressing table; only a word seen for the first time is cut out of the text and run through
 * `termOf` (stop-words and stemming, see text.ts). The result is the same as `terms()` mapped to ids.
 */
import { termOf, terms } from './text.js';

const EMPTY = -1;
/** Characters the fast path does not handle: anything outside ASCII, and apostrophes. */
// eslint-disable-next-line no-control-regex
const NEEDS_CAREFUL_PATH = /[^\x00-\x26\x28-\x7f]/;
/** `termOf` said: stop-word. */
const STOP = -1;

export class Vocabulary {
  /** Term strings by id. */
  readonly termNames: string[] = [];
  private readonly termIds = new Map<string, number>();
  // Word table: open addressing on a power-of-two array of entry indexes.
  private slots = new Int32Array(1 << 16).fill(EMPTY);
  private readonly wordHash: number[] = [];
  private readonly wordText: string[] = [];
  private readonly wordTerm: number[] = [];

  /** Number of distinct terms. */
  get size(): number {
    return this.termNames.length;
  }

  /** Id of a term string (from `terms()`), or -1 when no indexed text contains it. */
  idOf(term: string): number {
    return this.termIds.get(term) ?? -1;
  }

  /** Id of a term, assigned if new. */
  intern(term: string): number {
    let id = this.termIds.get(term);
    if (id === undefined) {
      id = this.termNames.length;
      this.termNames.push(term);
      this.termIds.set(term, id);
    }
    return id;
  }

  /** Appends the term ids of `text` to `out` (the same terms as `terms(text)`, in order). */
  tokenize(text: string, out: number[]): void {
    if (NEEDS_CAREFUL_PATH.test(text)) {
      // Accents and apostrophes need `words()`'s folding: rare enough to take the string path.
      for (const t of terms(text)) out.push(this.intern(t));
      return;
    }
    const n = text.length;
    let i = 0;
    while (i < n) {
      if (!isWordChar(text.charCodeAt(i))) {
        i++;
        continue;
      }
      const start = i;
      let h = 0x811c9dc5;
      for (let c = text.charCodeAt(i); i < n && isWordChar(c); c = text.charCodeAt(++i)) {
        h = Math.imul(h ^ lower(c), 0x01000193);
      }
      const term = this.wordTermAt(text, start, i, h >>> 0);
      if (term !== STOP) out.push(term);
    }
  }

  private wordTermAt(text: string, start: number, end: number, hash: number): number {
    const mask = this.slots.length - 1;
    let slot = hash & mask;
    for (;;) {
      const e = this.slots[slot];
      if (e === EMPTY) break;
      if (this.wordHash[e] === hash && sameWord(this.wordText[e], text, start, end)) return this.wordTerm[e];
      slot = (slot + 1) & mask;
    }
    const word = text.slice(start, end).toLowerCase();
    const t = termOf(word);
    const term = t === null ? STOP : this.intern(t);
    const e = this.wordText.length;
    this.wordText.push(word);
    this.wordHash.push(hash);
    this.wordTerm.push(term);
    this.slots[slot] = e;
    if (this.wordText.length * 2 > this.slots.length) this.grow();
    return term;
  }

  private grow(): void {
    const slots = new Int32Array(this.slots.length * 2).fill(EMPTY);
    const mask = slots.length - 1;
    this.wordHash.forEach((h, e) => {
      let slot = h & mask;
      while (slots[slot] !== EMPTY) slot = (slot + 1) & mask;
      slots[slot] = e;
    });
    this.slots = slots;
  }
}

function isWordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
}

function lower(c: number): number {
  return c >= 65 && c <= 90 ? c + 32 : c;
}

function sameWord(word: string, text: string, start: number, end: number): boolean {
  if (word.length !== end - start) return false;
  for (let k = 0; k < word.length; k++)
    if (word.charCodeAt(k) !== lower(text.charCodeAt(start + k))) return false;
  return true;
}
