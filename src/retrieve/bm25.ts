/**
 * A fielded BM25 (BM25F) index held in memory, over term ids (see vocabulary.ts).
 *
 * For a query term t and document d with fields f:
 *   tf'(t, d) = sum_f  weight_f * tf(t, d.f) / (1 - b_f + b_f * len(d.f) / avgLen_f)
 *   score(d)  = sum_t  idf(t) * tf'(t, d) / (k1 + tf'(t, d))
 *   idf(t)    = ln(1 + (N - df(t) + 0.5) / (df(t) + 0.5))
 * (Robertson & Zaragoza, "The Probabilistic Relevance Framework: BM25 and Beyond", 2009.)
 * The per-term maximum of `tf'/(k1+tf')` is 1, so `score(d) / maxScore(query)` is in [0, 1): the
 * share of the query's information the document covers.
 *
 * Layout: all posting lists live in two flat typed arrays (documents and their precomputed `tf'`),
 * term t's list being `[start[t], start[t + 1])`, sorted by document. `tf'` and `idf` are computed once
 * when the index is built, so a query only adds up `idf * tf' / (k1 + tf')` over the postings of its terms.
 */
import type { BM25Params } from './params.js';

export interface Bm25Hit {
  doc: number;
  score: number;
}

/** Largest term count per field kept (counts are capped, as 16-bit counters). */
const MAX_TF = 65535;

export class Bm25Index<F extends string> {
  readonly size: number;
  private readonly k1: number;
  /** Posting list of term t: indexes `start[t]` to `start[t + 1]` of `postDocs` and `postTf`. */
  private readonly start: Int32Array;
  private readonly postDocs: Int32Array;
  /** Field-weighted, length-normalized term frequency `tf'` of each posting. */
  private readonly postTf: Float64Array;
  private readonly idfs: Float64Array;
  /** Scratch buffers reused across queries (single-threaded). */
  private readonly scratch: Float64Array;
  private readonly touched: Int32Array;

  /** Builds the index. `docs[i]` maps each field to its term ids; ids are below `termCount`. */
  constructor(
    fields: readonly F[],
    docs: ReadonlyArray<Record<F, ArrayLike<number>>>,
    termCount: number,
    params: BM25Params<F>,
  ) {
    const n = docs.length;
    const fc = fields.length;
    this.size = n;
    this.k1 = params.k1;
    const lengths = new Uint32Array(n * fc);
    const avgLength = new Float64Array(fc);
    // Pass 1: document frequencies, to size the posting arrays exactly.
    const df = new Int32Array(termCount);
    const lastDoc = new Int32Array(termCount).fill(-1);
    for (let d = 0; d < n; d++) {
      const doc = docs[d];
      for (let f = 0; f < fc; f++) {
        const ts = doc[fields[f]];
        lengths[d * fc + f] = ts.length;
        avgLength[f] += ts.length;
        for (let j = 0; j < ts.length; j++) {
          const t = ts[j];
          if (lastDoc[t] !== d) {
            lastDoc[t] = d;
            df[t]++;
          }
        }
      }
    }
    for (let f = 0; f < fc; f++) avgLength[f] = avgLength[f] / Math.max(1, n) || 1;
    this.start = new Int32Array(termCount + 1);
    for (let t = 0; t < termCount; t++) this.start[t + 1] = this.start[t] + df[t];
    const total = this.start[termCount];
    this.postDocs = new Int32Array(total);
    // Pass 2: raw counts per field (documents in order, so each posting list is sorted by document).
    const raw = new Uint16Array(total * fc);
    const fill = this.start.slice(0, termCount);
    lastDoc.fill(-1);
    for (let d = 0; d < n; d++) {
      const doc = docs[d];
      for (let f = 0; f < fc; f++) {
        const ts = doc[fields[f]];
        for (let j = 0; j < ts.length; j++) {
          const t = ts[j];
          if (lastDoc[t] !== d) {
            lastDoc[t] = d;
            this.postDocs[fill[t]++] = d;
          }
          const at = (fill[t] - 1) * fc + f;
          if (raw[at] < MAX_TF) raw[at]++;
        }
      }
    }
    // Pass 3: tf' of each posting (fields summed in order, as the formula reads).
    const weights = fields.map((field) => params.fields[field].weight);
    const bs = fields.map((field) => params.fields[field].b);
    this.postTf = new Float64Array(total);
    for (let p = 0; p < total; p++) {
      const d = this.postDocs[p];
      let tf = 0;
      for (let f = 0; f < fc; f++) {
        const r = raw[p * fc + f];
        if (r === 0) continue;
        const norm = 1 - bs[f] + (bs[f] * lengths[d * fc + f]) / avgLength[f];
        tf += (weights[f] * r) / norm;
      }
      this.postTf[p] = tf;
    }
    this.idfs = new Float64Array(termCount);
    for (let t = 0; t < termCount; t++) {
      this.idfs[t] = df[t] === 0 ? 0 : Math.log(1 + (n - df[t] + 0.5) / (df[t] + 0.5));
    }
    this.scratch = new Float64Array(n);
    this.touched = new Int32Array(n);
  }

  /** Number of documents containing term `t` in any field. */
  df(t: number): number {
    return t >= 0 && t < this.idfs.length ? this.start[t + 1] - this.start[t] : 0;
  }

  /** Inverse document frequency of term `t` (0 for unknown terms: they cannot match anything). */
  idf(t: number): number {
    return t >= 0 && t < this.idfs.length ? this.idfs[t] : 0;
  }

  /** Sum of the idf of the distinct query terms: the score an ideal document would approach. */
  maxScore(query: readonly number[]): number {
    let sum = 0;
    for (const t of distinct(query)) sum += this.idf(t);
    return sum;
  }

  /** Scores every document sharing a term with the query; returns the best `limit`, best first. */
  search(query: readonly number[], limit: number): Bm25Hit[] {
    const { scratch, touched, postDocs, postTf, k1 } = this;
    let nTouched = 0;
    for (const t of distinct(query)) {
      if (this.df(t) === 0) continue;
      const idf = this.idfs[t];
      const end = this.start[t + 1];
      for (let p = this.start[t]; p < end; p++) {
        const d = postDocs[p];
        const tf = postTf[p];
        if (scratch[d] === 0) touched[nTouched++] = d;
        scratch[d] += (idf * tf) / (k1 + tf);
      }
    }
    const top = new TopK(limit);
    for (let i = 0; i < nTouched; i++) {
      const d = touched[i];
      top.offer(d, scratch[d]);
      scratch[d] = 0;
    }
    return top.sorted();
  }

  /** BM25F score of one document for the query, and the query terms it contains. */
  scoreDoc(query: readonly number[], doc: number): { score: number; matched: number[] } {
    let score = 0;
    const matched: number[] = [];
    for (const t of distinct(query)) {
      if (this.df(t) === 0) continue;
      const p = binarySearch(this.postDocs, this.start[t], this.start[t + 1] - 1, doc);
      if (p < 0) continue;
      const tf = this.postTf[p];
      score += (this.idfs[t] * tf) / (this.k1 + tf);
      matched.push(t);
    }
    return { score, matched };
  }
}

/** The distinct values of `xs` in first-seen order (query term lists are short: no Set needed). */
function distinct(xs: readonly number[]): number[] {
  const out: number[] = [];
  for (const x of xs) if (!out.includes(x)) out.push(x);
  return out;
}

/** Keeps the `k` best (document, score) pairs seen, in a small sorted array (earlier offers win ties). */
class TopK {
  private readonly items: Bm25Hit[] = [];
  constructor(private readonly k: number) {}

  offer(doc: number, score: number): void {
    const items = this.items;
    if (this.k <= 0) return;
    if (items.length === this.k && score <= items[items.length - 1].score) return;
    let lo = 0;
    let hi = items.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (items[mid].score >= score) lo = mid + 1;
      else hi = mid;
    }
    items.splice(lo, 0, { doc, score });
    if (items.length > this.k) items.pop();
  }

  sorted(): Bm25Hit[] {
    return this.items;
  }
}

/** Index of `value` in the sorted range `arr[lo..hi]`, or -1. */
function binarySearch(arr: Int32Array, lo: number, hi: number, value: number): number {
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const v = arr[mid];
    if (v === value) return mid;
    if (v < value) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}
