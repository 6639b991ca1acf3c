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

const NO_POSTINGS: Postings = { docs: new Int32Array(0), tfs: new Uint16Array(0) };

export class Bm25Index<F extends string> {
  readonly size: number;
  private readonly fields: readonly F[];
  private readonly params: BM25Params<F>;
  /** Postings by term id. */
  private readonly postings: Postings[];
  /** Field lengths, doc-major. */
  private readonly lengths: Uint32Array;
  private readonly avgLength: Float64Array;
  /** Scratch buffers reused across queries (single-threaded). */
  private readonly scratch: Float64Array;
  private readonly touched: Int32Array;

  /** Builds the index. `docs[i]` maps each field to its term ids; ids are below `termCount`. */
  constructor(
    fields: readonly F[],
    docs: ReadonlyArray<Record<F, readonly number[]>>,
    termCount: number,
    params: BM25Params<F>,
  ) {
    this.fields = fields;
    this.params = params;
    this.size = docs.length;
    const fc = fields.length;
    this.lengths = new Uint32Array(docs.length * fc);
    this.avgLength = new Float64Array(fc);
    // Pass 1: document frequencies, to size the posting arrays exactly.
    const df = new Int32Array(termCount);
    const lastDoc = new Int32Array(termCount).fill(-1);
    docs.forEach((doc, d) => {
      fields.forEach((field, f) => {
        const ts = doc[field];
        this.lengths[d * fc + f] = ts.length;
        this.avgLength[f] += ts.length;
        for (const t of ts) {
          if (lastDoc[t] !== d) {
            lastDoc[t] = d;
            df[t]++;
          }
        }
      });
    });
    for (let f = 0; f < fc; f++) this.avgLength[f] = this.avgLength[f] / Math.max(1, docs.length) || 1;
    this.postings = Array.from({ length: termCount }, (_, t) =>
      df[t] === 0 ? NO_POSTINGS : { docs: new Int32Array(df[t]), tfs: new Uint16Array(df[t] * fc) },
    );
    // Pass 2: fill them (documents in order, so each posting list is sorted by document).
    const fill = new Int32Array(termCount);
    lastDoc.fill(-1);
    docs.forEach((doc, d) => {
      fields.forEach((field, f) => {
        for (const t of doc[field]) {
          const p = this.postings[t];
          if (lastDoc[t] !== d) {
            lastDoc[t] = d;
            p.docs[fill[t]++] = d;
          }
          const at = (fill[t] - 1) * fc + f;
          if (p.tfs[at] < 65535) p.tfs[at]++;
        }
      });
    });
    this.scratch = new Float64Array(docs.length);
    this.touched = new Int32Array(docs.length);
  }

  /** Number of documents containing term `t` in any field. */
  df(t: number): number {
    return t >= 0 && t < this.postings.length ? this.postings[t].docs.length : 0;
  }

  /** Inverse document frequency of term `t` (0 for unknown terms: they cannot match anything). */
  idf(t: number): number {
    const df = this.df(t);
    return df === 0 ? 0 : Math.log(1 + (this.size - df + 0.5) / (df + 0.5));
  }

  /** Sum of the idf of the distinct query terms: the score an ideal document would approach. */
  maxScore(query: readonly number[]): number {
    let sum = 0;
    for (const t of new Set(query)) sum += this.idf(t);
    return sum;
  }

  /** Scores every document sharing a term with the query; returns the best `limit`, best first. */
  search(query: readonly number[], limit: number): Bm25Hit[] {
    const { scratch, touched } = this;
    let nTouched = 0;
    for (const t of new Set(query)) {
      if (this.df(t) === 0) continue;
      const p = this.postings[t];
      const idf = this.idf(t);
      for (let i = 0; i < p.docs.length; i++) {
        const d = p.docs[i];
        if (scratch[d] === 0) touched[nTouched++] = d;
        scratch[d] += this.termScore(p, i, d, idf);
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
    for (const t of new Set(query)) {
      if (this.df(t) === 0) continue;
      const p = this.postings[t];
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
      const { weight, b } = this.params.fields[this.fields[f]];
      const norm = 1 - b + (b * this.lengths[d * fc + f]) / this.avgLength[f];
      tf += (weight * raw) / norm;
    }
    return (idf * tf) / (this.params.k1 + tf);
  }
}

/** Keeps the `k` best (document, score) pairs seen, in a small sorted array. */
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
