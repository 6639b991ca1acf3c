/**
 * The combined retrieval score, as small pure functions. For a sub-question q and an article a:
 *
 *   score(q, a) = w.focus * focus(q, a) + w.type * type(q, a) + w.q2q * q2q(q, a) + w.text * text(q, a)
 *
 * - focus: 1 when a is about a condition recognized in q; `focusEquivalent` when its condition is a twin
 *   of one (same preferred name or cross-reference), or, when the recognized condition has no article of
 *   the asked type (`sharedNameFillsGap`), shares a name with it (another collection's record of it);
 *   `focusSharedName` when one's preferred name is a name of the other (often a subtype or another
 *   collection's record); `focusNamedInText` when nothing was recognized but all words of
 *   one of the condition's names appear in q; else 0.
 * - type: 1 when a answers q's question type, `TYPE_AFFINITY` for neighbouring types, else 0.
 * - q2q: question-to-question entailment with the focus and the type replaced by placeholders: the
 *   idf-weighted share of a's question terms, other than its condition's names, found in q (a new question
 *   that contains everything an answered question asks about its focus is likely answered by its answer);
 *   when a is about q's condition and of q's type, the words its collection uses for that type
 *   (`typeTemplates`: "genetic changes related to" for a question about a gene) count as found, since q's
 *   type already says it asks them; a question that asks nothing but its focus ("What is X?") gets a
 *   neutral 0.5 when the focus matches.
 * - text: the article index's BM25F (`Bm25Index`, over a's question and condition names), divided by
 *   the best candidate's. The answer text is not indexed: many articles (ADAM, Drugs, Herbs) have none,
 *   and their question and focus are the same evidence as anyone else's.
 *
 * The weights sum to 1, so the score is in [0, 1] and one threshold (`params.threshold`) decides
 * whether the best article is good enough to answer.
 */
import type { QuestionType } from '../kb/question-types.js';
import { INFORMATION_FALLBACK, TYPE_AFFINITY, TYPE_CUES } from './params.js';
import type { RetrievalParams } from './params.js';

/** The four features of one (sub-question, article) pair, each in [0, 1]. */
export interface Features {
  focus: number;
  type: number;
  q2q: number;
  text: number;
}

/** How the article's condition relates to the conditions recognized in the question. */
export type FocusRelation = 'same' | 'equivalent' | 'shares_name' | 'named_in_text' | 'none';

/** Focus feature for a relation. */
export function focusScore(relation: FocusRelation, params: RetrievalParams): number {
  switch (relation) {
    case 'same':
      return 1;
    case 'equivalent':
      return params.focusEquivalent;
    case 'shares_name':
      return params.focusSharedName;
    case 'named_in_text':
      return params.focusNamedInText;
    case 'none':
      return 0;
  }
}

/** Type feature: how well an article of type `article` answers a question of type `asked` (see TYPE_AFFINITY). */
export function typeScore(asked: QuestionType | null, article: QuestionType): number {
  if (asked === null) return 0;
  if (asked === article) return 1;
  const affinity = TYPE_AFFINITY[asked]?.[article];
  if (affinity !== undefined) return affinity;
  return article === 'information' ? INFORMATION_FALLBACK : 0;
}

/**
 * Question-to-question entailment: the idf-weighted share of the answered question's terms that the
 * new question contains. 1 when the new question asks at least everything the answered one asks.
 * `focusNames` (given when the article's condition matches the question's) are the focus placeholder:
 * left out of the share; a question made only of them ("What is X?") gets a neutral 0.5.
 * `typeTerms` (given when the article is about the asked condition and of the asked type or a neighbouring
 * one) are the type placeholder: the words its collection phrases the article's type with, asked by the new
 * question in its own words ("Which gene causes X?" asks what "What are the genetic changes related to X?"
 * asks), so they count as contained, in the share `typeCredit` (the type feature: 1 for the asked type,
 * 0.6 for genetic changes asked as a cause). Without it, an article of a neighbouring type would score
 * below the general "What is X?", whose question asks nothing but its focus.
 */
export function q2qScore<T>(
  articleQuestionTerms: ArrayLike<T>,
  inQuery: (term: T) => boolean,
  idf: (term: T) => number,
  focusNames: ReadonlySet<T> | null = null,
  typeTerms: ReadonlySet<T> | null = null,
  typeCredit = 1,
): number {
  let total = 0;
  let covered = 0;
  for (let i = 0; i < articleQuestionTerms.length; i++) {
    const t = articleQuestionTerms[i];
    if (focusNames?.has(t)) continue; // the focus placeholder: matched by the focus feature instead
    const w = idf(t);
    total += w;
    if (inQuery(t)) covered += w;
    else if (typeTerms?.has(t)) covered += w * typeCredit;
  }
  if (total === 0) return focusNames ? 0.5 : 0; // asks only "X?": neutral, the type feature decides
  return covered / total;
}

/**
 * The words each question type is phrased with in the indexed questions (the type placeholder of
 * `q2qScore`): per type, the terms found in at least `share` of its articles' questions, not counting
 * the words of the article's own condition names ("genetic", "change", "relat" for `genetic_changes`;
 * "treat" for `treatment`). Derived from the articles, so a new collection brings its own phrasing.
 */
export function typeTemplates<T>(
  articles: Iterable<{ type: QuestionType; questionTerms: ArrayLike<T>; nameTerms: ReadonlySet<T> }>,
  share: number,
): Map<QuestionType, Set<T>> {
  const counts = new Map<QuestionType, { n: number; terms: Map<T, number> }>();
  for (const a of articles) {
    let c = counts.get(a.type);
    if (!c) counts.set(a.type, (c = { n: 0, terms: new Map() }));
    c.n++;
    for (const t of new Set(Array.from(a.questionTerms))) {
      if (!a.nameTerms.has(t)) c.terms.set(t, (c.terms.get(t) ?? 0) + 1);
    }
  }
  const out = new Map<QuestionType, Set<T>>();
  for (const [type, c] of counts) {
    out.set(type, new Set([...c.terms].filter(([, k]) => k >= share * c.n).map(([t]) => t)));
  }
  return out;
}

/** Text feature: a candidate's BM25F score divided by the best candidate's, clamped to [0, 1]. */
export function textScore(bm25: number, maxBm25: number): number {
  return maxBm25 <= 0 ? 0 : Math.min(1, bm25 / maxBm25);
}

/**
 * Reciprocal rank fusion: each list contributes `weight / (k + rank)` (rank from 1) to every item it
 * holds. Items are numbers below `size` (candidate positions); the result holds each item's fused
 * score. Used to order candidates by the combined score and the plain question + focus BM25 ranking
 * together, so that neither alone decides.
 */
export function fuseRankings(
  lists: ReadonlyArray<ArrayLike<number>>,
  size: number,
  k: number,
  weights: readonly number[],
): Float64Array {
  const out = new Float64Array(size);
  for (let l = 0; l < lists.length; l++) {
    const list = lists[l];
    const weight = weights[l] ?? 1;
    for (let i = 0; i < list.length; i++) out[list[i]] += weight / (k + i + 1);
  }
  return out;
}

/**
 * An article's score in the ranking across a message's sub-questions: its combined score weighed by how
 * sure its sub-question's type is, `score × (1 − w + w × confidence)`. Between an article that answers a
 * clearly typed sub-question and one that answers an unsure guess, the first leads.
 */
export function messageScore(score: number, confidence: number, w: number): number {
  return score * (1 - w + w * confidence);
}

/** The combined score (see the module comment). */
export function combinedScore(f: Features, params: RetrievalParams): number {
  const w = params.weights;
  return w.focus * f.focus + w.type * f.type + w.q2q * f.q2q + w.text * f.text;
}

/**
 * Score of one answer sentence as evidence for how two conditions relate (`association`): 0 unless it
 * names the other condition (all terms of one of its `names`), else 1 plus half the number of distinct
 * query terms its terms share. "Celiac disease ... is more common in people with type 1 diabetes" speaks to
 * "Is there a link between celiac disease and type 1 diabetes?".
 */
export function namedSentenceScore(
  names: ReadonlyArray<readonly string[]>,
  sentenceTerms: readonly string[],
  queryTerms: ReadonlySet<string>,
): number {
  const present = new Set(sentenceTerms);
  if (!names.some((n) => n.length > 0 && n.every((t) => present.has(t)))) return 0;
  return 1 + 0.5 * sharedTerms(present, queryTerms);
}

/**
 * Score of one answer sentence as evidence for a question of type `type`: the number of distinct
 * type cues its words (`words()`) contain plus the number of distinct query terms its terms
 * (`terms()`) share (0 when it has no cue).
 */
export function sentenceScore(
  sentenceWords: readonly string[],
  type: QuestionType,
  sentenceTerms: readonly string[],
  queryTerms: ReadonlySet<string>,
): number {
  const cues = TYPE_CUES[type];
  if (!cues) return 0;
  let cueHits = 0;
  for (const cue of cues) if (sentenceWords.some((w) => w.startsWith(cue))) cueHits++;
  if (cueHits === 0) return 0;
  return cueHits + 0.5 * sharedTerms(new Set(sentenceTerms), queryTerms);
}

/** How many of a sentence's distinct terms the query has. */
function sharedTerms(sentenceTerms: ReadonlySet<string>, queryTerms: ReadonlySet<string>): number {
  let shared = 0;
  for (const t of sentenceTerms) if (queryTerms.has(t)) shared++;
  return shared;
}
