/**
 * A fielded BM25 (BM25F) index held in memory.
 *
 * For a query term t and document d with fields f:
 *   tf'(t, d) = sum_f  weight_f * tf(t, d.f) / (1 - b_f + b_f * len(d.f) / avgLen_f)
 *   score(d)  = sum_t  idf(t) * tf'(t, d) / (k1 + tf'(t, d))
 *   idf(t)    = ln(1 + (N - df(t) + 0.5) / (df(t) + 0.5))
 * (Robertson & Zaragoza, "The Probabilistic Relevance Framework: BM25 and Beyond", 2009.)
 * The per-term maximum of `tf'/(k1+tf')` is 1, so `score(d) / sum_t idf(t)` is in [0, 1): the share
 * of the query's information the document covers. `coverage()` returns that.
 */
import type { BM25Params } from './params.js';

export interface Bm25Hit {
  doc: number;
  score: number;
}

interface Postings {
  docs: Int32Array;
  /** tf per field, laid out doc-major: tfs[i * fieldCount + f]. */
  tfs: Uint16Array;
}

export class Bm25Index<F extends string> {
  readonly size: number;
  private readonly fields: readonly F[];
  private readonly params: BM25Params<F>;
  private readonly postings = new Map<string, Postings>();
  /** Field lengths, doc-major. */
  private readonly lengths: Uint32Array;
  private readonly avgLength: Float64Array;
  /** Scratch buffers reused across queries (single-threaded). */
  private readonly scratch: Float64Array;
  private readonly touched: Int32Array;

  /**
   * Builds the index. `docs[i]` maps each field to its terms (already normalized by `terms()`).
   */
  constructor(fields: readonly F[], docs: ReadonlyArray<Record<F, string[]>>, params: BM25Params<F>) {
    this.fields = fields;
    this.params = params;
    this.size = docs.length;
    const fc = fields.length;
    this.lengths = new Uint32Array(docs.length * fc);
    this.avgLength = new Float64Array(fc);
    // Pass 1: term ids and, per term, the growing lists of documents and per-field frequencies.
    const termIds = new Map<string, number>();
    const postDocs: number[][] = [];
    const postTfs: number[][] = [];
    const local = new Map<number, number>(); // term id -> offset of its row in `row`
    const row: number[] = [];
    docs.forEach((doc, d) => {
      local.clear();
      row.length = 0;
      fields.forEach((field, f) => {
        const ts = doc[field];
        this.lengths[d * fc + f] = ts.length;
        this.avgLength[f] = this.avgLength[f] + ts.length;
        for (const t of ts) {
          let id = termIds.get(t);
          if (id === undefined) {
            id = postDocs.length;
            termIds.set(t, id);
            postDocs.push([]);
            postTfs.push([]);
          }
          let at = local.get(id);
          if (at === undefined) {
            at = row.length;
            local.set(id, at);
            for (let k = 0; k < fc; k++) row.push(0);
          }
          row[at + f] = row[at + f] + 1;
        }
      });
      for (const [id, at] of local) {
        postDocs[id].push(d);
        const tfs = postTfs[id];
        for (let k = 0; k < fc; k++) tfs.push(Math.min(row[at + k], 65535));
      }
    });
    for (let f = 0; f < fc; f++) this.avgLength[f] = this.avgLength[f] / Math.max(1, docs.length) || 1;
    // Pass 2: freeze into typed arrays.
    for (const [t, id] of termIds) {
      this.postings.set(t, { docs: Int32Array.from(postDocs[id]), tfs: Uint16Array.from(postTfs[id]) });
    }
    this.scratch = new Float64Array(docs.length);
    this.touched = new Int32Array(docs.length);
  }

  /** Number of documents containing `term` in any field. */
  df(term: string): number {
    return this.postings.get(term)?.docs.length ?? 0;
  }

  /** Inverse document frequency of `term` (0 for unknown terms: they cannot match anything). */
  idf(term: string): number {
    const df = this.df(term);
    return df === 0 ? 0 : Math.log(1 + (this.size - df + 0.5) / (df + 0.5));
  }

  /** Sum of the idf of the distinct query terms: the score an ideal document would approach. */
  maxScore(queryTerms: readonly string[]): number {
    let sum = 0;
    for (const t of new Set(queryTerms)) sum += this.idf(t);
    return sum;
  }

  /** Scores every document sharing a term with the query; returns the best `limit`, best first. */
  search(queryTerms: readonly string[], limit: number): Bm25Hit[] {
    const { scratch, touched } = this;
    let nTouched = 0;
    for (const t of new Set(queryTerms)) {
      const p = this.postings.get(t);
      if (!p) continue;
      const idf = this.idf(t);
      for (let i = 0; i < p.docs.length; i++) {
        const d = p.docs[i];
        const s = this.termScore(p, i, d, idf);
        if (scratch[d] === 0) touched[nTouched++] = d;
        scratch[d] = scratch[d] + s;
      }
    }
    const hits: Bm25Hit[] = [];
    for (let i = 0; i < nTouched; i++) {
      const d = touched[i];
      hits.push({ doc: d, score: scratch[d] });
      scratch[d] = 0;
    }
    hits.sort((a, b) => b.score - a.score || a.doc - b.doc);
    return hits.slice(0, limit);
  }

  /** BM25F score of one document for the query (for candidates found another way). */
  scoreDoc(queryTerms: readonly string[], doc: number): { score: number; matched: string[] } {
    let score = 0;
    const matched: string[] = [];
    for (const t of new Set(queryTerms)) {
      const p = this.postings.get(t);
      if (!p) continue;
      const i = binarySearch(p.docs, doc);
      if (i < 0) continue;
      score += this.termScore(p, i, doc, this.idf(t));
      matched.push(t);
    }
    return { score, matched };
  }

  private termScore(p: Postings, i: number, d: number, idf: number): number {
    const fc = this.fields.length;
    let tf = 0;
    for (let f = 0; f < fc; f++) {
      const raw = p.tfs[i * fc + f];
      if (raw === 0) continue;
      const field = this.fields[f];
      const { weight, b } = this.params.fields[field];
      const norm = 1 - b + (b * this.lengths[d * fc + f]) / this.avgLength[f];
      tf += (weight * raw) / norm;
    }
    return (idf * tf) / (this.params.k1 + tf);
  }
}

function binarySearch(arr: Int32Array, value: number): number {
  let lo = 0;
  let hi = arr.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const v = arr[mid];
    if (v === value) return mid;
    if (v < value) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}
