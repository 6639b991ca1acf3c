/**
 * Fast tokenizing for building the index: turns text straight into term ids without making a string
 * per word. Words are hashed as they are scanned (lower-cased on the fly) and looked up in an
 * open-addressing table; only a word seen for the first time is cut out of the text and run through
 * `termOf` (stop-words and stemming, see text.ts). The result is the same as `terms()` mapped to ids:
 * apostrophes are skipped inside a word ("Crohn's" -> "crohns"), and text with other non-ASCII
 * characters is first folded as `words()` folds it (accents stripped, lower-cased).
 */
import { foldText, termOf } from './text.js';

const EMPTY = -1;
// eslint-disable-next-line no-control-regex
const NON_ASCII = /[^\x00-\x7f]/;
/** `termOf` said: stop-word. */
const STOP = -1;
const APOSTROPHE = 0x27;
const RIGHT_QUOTE = 0x2019;

export class Vocabulary {
  /** Term strings by id. */
  readonly termNames: string[] = [];
  private readonly termIds = new Map<string, number>();
  // Word table: open addressing on power-of-two arrays of entry indexes and of their words' hashes
  // (the hash is compared first, so a word's text is only compared when the hashes agree).
  private slots = new Int32Array(1 << 16).fill(EMPTY);
  private slotHash = new Int32Array(1 << 16);
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
    const s = NON_ASCII.test(text) ? foldText(text) : text;
    const n = s.length;
    let i = 0;
    while (i < n) {
      if (!isWordChar(s.charCodeAt(i))) {
        i++;
        continue;
      }
      // A word: letters and digits, with apostrophes inside it dropped (as `words()` drops them).
      const start = i;
      let letters = 0;
      let h = 0x811c9dc5;
      for (let c = s.charCodeAt(i); i < n; c = s.charCodeAt(++i)) {
        if (isWordChar(c)) {
          h = Math.imul(h ^ lower(c), 0x01000193);
          letters++;
        } else if (!isApostrophe(c)) break;
      }
      const term = this.wordTermAt(s, start, i, letters, h | 0);
      if (term !== STOP) out.push(term);
    }
  }

  private wordTermAt(text: string, start: number, end: number, letters: number, hash: number): number {
    const mask = this.slots.length - 1;
    let slot = hash & mask;
    for (;;) {
      const e = this.slots[slot];
      if (e === EMPTY) break;
      if (this.slotHash[slot] === hash && sameWord(this.wordText[e], text, start, end, letters))
        return this.wordTerm[e];
      slot = (slot + 1) & mask;
    }
    let word = text.slice(start, end).toLowerCase();
    if (word.length !== letters) word = word.replace(/['\u2019]/g, '');
    const t = termOf(word);
    const term = t === null ? STOP : this.intern(t);
    const e = this.wordText.length;
    this.wordText.push(word);
    this.wordTerm.push(term);
    this.slots[slot] = e;
    this.slotHash[slot] = hash;
    if (this.wordText.length * 2 > this.slots.length) this.grow();
    return term;
  }

  private grow(): void {
    const slots = new Int32Array(this.slots.length * 2).fill(EMPTY);
    const slotHash = new Int32Array(slots.length);
    const mask = slots.length - 1;
    for (let old = 0; old < this.slots.length; old++) {
      if (this.slots[old] === EMPTY) continue;
      const h = this.slotHash[old];
      let slot = h & mask;
      while (slots[slot] !== EMPTY) slot = (slot + 1) & mask;
      slots[slot] = this.slots[old];
      slotHash[slot] = h;
    }
    this.slots = slots;
    this.slotHash = slotHash;
  }
}

function isWordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
}

function lower(c: number): number {
  return c >= 65 && c <= 90 ? c + 32 : c;
}

function isApostrophe(c: number): boolean {
  return c === APOSTROPHE || c === RIGHT_QUOTE;
}

/** Whether `text[start, end)`, lower-cased and without apostrophes (`letters` characters), is `word`. */
function sameWord(word: string, text: string, start: number, end: number, letters: number): boolean {
  if (word.length !== letters) return false;
  for (let k = 0, j = start; j < end; j++) {
    const c = text.charCodeAt(j);
    if (isApostrophe(c)) continue;
    if (word.charCodeAt(k++) !== lower(c)) return false;
  }
  return true;
}
