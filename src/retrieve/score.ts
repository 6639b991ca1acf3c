/**
 * The combined retrieval score, as small pure functions. For a sub-question q and an article a:
 *
 *   score(q, a) = w.focus * focus(q, a) + w.type * type(q, a) + w.q2q * q2q(q, a) + w.text * text(q, a)
 *
 * - focus: 1 when a is about a condition recognized in q; `focusEquivalent` when its condition is a twin
 *   of one (shared name or cross-reference); `focusNamedInText` when nothing was recognized but all words of
 *   one of the condition's names appear in q; else 0.
 * - type: 1 when a answers q's question type, `TYPE_AFFINITY` for neighbouring types, else 0.
 * - q2q: question-to-question entailment: the idf-weighted share of a's question terms found in q (a new
 *   question that contains everything an answered question asks is likely answered by its answer).
 * - text: BM25F over a's question, condition names and answer text, divided by the query's maximum
 *   (the share of q's information a covers).
 *
 * The weights sum to 1, so the score is in [0, 1] and one threshold (`params.threshold`) decides
 * whether the best article is good enough to answer.
 */
import type { QuestionType } from '../kb/question-types.js';
import { INFORMATION_FALLBACK, TYPE_AFFINITY, TYPE_CUES } from './params.js';
import type { RetrievalParams } from './params.js';
import { words } from './text.js';

/** The four features of one (sub-question, article) pair, each in [0, 1]. */
export interface Features {
  focus: number;
  type: number;
  q2q: number;
  text: number;
}

/** How the article's condition relates to the conditions recognized in the question. */
export type FocusRelation = 'same' | 'equivalent' | 'named_in_text' | 'none';

/** Focus feature for a relation. */
export function focusScore(relation: FocusRelation, params: RetrievalParams): number {
  switch (relation) {
    case 'same':
      return 1;
    case 'equivalent':
      return params.focusEquivalent;
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
 */
export function q2qScore<T>(
  articleQuestionTerms: readonly T[],
  inQuery: (term: T) => boolean,
  idf: (term: T) => number,
): number {
  let total = 0;
  let covered = 0;
  for (const t of articleQuestionTerms) {
    const w = idf(t);
    total += w;
    if (inQuery(t)) covered += w;
  }
  return total === 0 ? 0 : covered / total;
}

/** Text feature: BM25 score divided by the query's maximum attainable score, clamped to [0, 1]. */
export function textScore(bm25: number, maxBm25: number): number {
  return maxBm25 <= 0 ? 0 : Math.min(1, bm25 / maxBm25);
}

/** The combined score (see the module comment). */
export function combinedScore(f: Features, params: RetrievalParams): number {
  const w = params.weights;
  return w.focus * f.focus + w.type * f.type + w.q2q * f.q2q + w.text * f.text;
}

/**
 * Score of one answer sentence as evidence for a question of type `type`: the number of distinct
 * type cues it contains plus the number of distinct query terms it shares (0 when it has no cue).
 */
export function sentenceScore(
  sentence: string,
  type: QuestionType,
  sentenceTerms: readonly string[],
  queryTerms: ReadonlySet<string>,
): number {
  const cues = TYPE_CUES[type];
  if (!cues) return 0;
  const ws = words(sentence);
  let cueHits = 0;
  for (const cue of cues) if (ws.some((w) => w.startsWith(cue))) cueHits++;
  if (cueHits === 0) return 0;
  let shared = 0;
  for (const t of new Set(sentenceTerms)) if (queryTerms.has(t)) shared++;
  return cueHits + 0.5 * shared;
}
