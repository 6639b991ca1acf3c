/**
 * What each section of a reply should draw on: the decision between a full answer, a pointer to a
 * source page, a partial answer from other articles of the condition, or "no curated answer".
 * The letter's wording is src/compose's job; this only picks the content.
 */
import type { RankedArticle } from '../compose/types.js';
import type { Analysis, Focus, SubQuestion } from '../understand/types.js';
import type { ArticleBodies } from './bodies.js';
import { isUsableAnswer } from './retriever.js';
import type { Evidence, Retriever, SubQuery } from './retriever.js';
import { messageScore } from './score.js';

/**
 * - `answer`: `articleId` has answer text of the asked type about the condition.
 * - `pointer`: the typed article exists but its text is not in the knowledge base (ADAM, Drugs, Herbs):
 *   point to its source page (`evidence` may add sentences from other articles).
 * - `partial`: no typed article with text; `evidence` holds relevant sentences from other articles.
 * - `none`: nothing fits (or no condition was recognized and nothing scored above the threshold).
 */
export type PlanKind = 'answer' | 'pointer' | 'partial' | 'none';

export interface SectionPlan {
  subquestion: SubQuestion;
  kind: PlanKind;
  /** The article answered with or pointed to. */
  articleId: string | null;
  evidence: Evidence[];
  /** The ranked candidates, best first (shown to specialists with their reasons). */
  ranked: RankedArticle[];
}

/**
 * The retrieval query for a sub-question: its words, its type, and its conditions, with the words the
 * message used for them when the analysis's foci are given.
 */
export function subQuery(sub: SubQuestion, subject?: string, messageFoci?: readonly Focus[]): SubQuery {
  const foci = [sub.focus, sub.secondFocus].filter((f): f is string => typeof f === 'string');
  // Without a recognized condition the subject line is often the only hint of the topic.
  const text = foci.length === 0 && subject ? `${sub.text}\n${subject}` : sub.text;
  const written = (messageFoci ?? []).filter((f) => foci.includes(f.conditionId)).map((f) => f.text);
  return { text, type: sub.type, foci, ...(written.length ? { written } : {}) };
}

/**
 * Decides what one section draws on (see `PlanKind`). Only articles that match both the condition and
 * the asked type, and score above the confidence threshold, are used as answers: an article about
 * another aspect of the condition never stands in for the asked one (it may lend sentences as a
 * partial answer instead). Reads from `bodies` the answers it has to look into.
 */
export async function planSection(
  retriever: Retriever,
  bodies: ArticleBodies,
  sub: SubQuestion,
  k: number,
  subject?: string,
  messageFoci?: readonly Focus[],
): Promise<SectionPlan> {
  const query = subQuery(sub, subject, messageFoci);
  const ranked = retriever.rank(query, Math.max(k, 20));
  const fits = eligible(ranked, query).filter((r) => retriever.isConfident(r.score));
  const shown = ranked.slice(0, k);
  const read = await bodies.get(
    fits.filter((r) => retriever.header(r.articleId)?.hasAnswer === true).map((r) => r.articleId),
  );
  const withText = fits.find((r) => {
    const article = read.get(r.articleId);
    return article !== undefined && isUsableAnswer(article);
  });
  if (withText)
    return { subquestion: sub, kind: 'answer', articleId: withText.articleId, evidence: [], ranked: shown };
  const evidence =
    query.foci.length > 0
      ? retriever.evidence(
          query,
          sub.type,
          (await bodies.get(retriever.evidenceSources(query, sub.type))).values(),
        )
      : [];
  const pointer = fits[0];
  if (pointer)
    return { subquestion: sub, kind: 'pointer', articleId: pointer.articleId, evidence, ranked: shown };
  if (evidence.length > 0)
    return { subquestion: sub, kind: 'partial', articleId: null, evidence, ranked: shown };
  return { subquestion: sub, kind: 'none', articleId: null, evidence: [], ranked: shown };
}

/** Candidates that may answer: the asked type, and the recognized condition when there is one. */
function eligible(ranked: readonly RankedArticle[], query: SubQuery): RankedArticle[] {
  return ranked.filter((r) => r.reasons.typeMatched && (query.foci.length === 0 || r.reasons.focusMatched));
}

/**
 * The best candidate a section could answer with, before the confidence threshold is applied
 * (what the threshold is calibrated on), or null.
 */
export function bestCandidate(
  retriever: Retriever,
  sub: SubQuestion,
  subject?: string,
): RankedArticle | null {
  const query = subQuery(sub, subject);
  return eligible(retriever.rank(query, 20), query)[0] ?? null;
}

/** Plans every sub-question of an analysis, in order. */
export function planSections(
  retriever: Retriever,
  bodies: ArticleBodies,
  analysis: Analysis,
  k: number,
  subject?: string,
): Promise<SectionPlan[]> {
  return Promise.all(
    analysis.subquestions.map((sub) => planSection(retriever, bodies, sub, k, subject, analysis.foci)),
  );
}

/**
 * One ranking across all sub-questions of a message (for `raredesk search` and the benchmark): the
 * sub-questions' lists merged by `messageScore` (an article's score weighed by how sure its sub-question's
 * type is), each article kept once at its best; the articles keep their own scores.
 */
export function rankMessage(
  retriever: Retriever,
  analysis: Analysis,
  k: number,
  subject?: string,
): RankedArticle[] {
  const best = new Map<string, { r: RankedArticle; key: number }>();
  const weight = retriever.params.subquestionConfidence;
  for (const sub of analysis.subquestions) {
    for (const r of retriever.rank(subQuery(sub, subject, analysis.foci), k)) {
      const key = messageScore(r.score, sub.confidence, weight);
      const seen = best.get(r.articleId);
      if (!seen || seen.key < key) best.set(r.articleId, { r, key });
    }
  }
  return [...best.values()]
    .sort((a, b) => b.key - a.key || a.r.articleId.localeCompare(b.r.articleId))
    .slice(0, k)
    .map((x) => x.r);
}
