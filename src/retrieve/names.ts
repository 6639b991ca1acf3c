/**
 * Condition search by name: typo-tolerant lookups over every name in the knowledge base
 * (the understanding's `lookupNames`), turned into hits with the condition, the name that matched
 * and a one-line summary. A condition id (`GARD:7338`) finds its condition directly.
 */
import type { Article, Condition, ConditionId } from '../kb/index.js';
import type { ConditionHit } from '../app.js';

export const NAME_SEARCH_PARAMS = {
  /** A summary is cut at a sentence end, or at a word end before this many characters. */
  summaryMaxLength: 200,
  /** Score of a hit found by its id. */
  idMatchScore: 1,
} as const;

/** A typo-tolerant name lookup (from `buildUnderstanding(...).lookupNames`). */
export type NameLookup = (
  query: string,
  limit: number,
) => Array<{ conditionId: ConditionId; matchedName: string; score: number }>;

/** Every condition with its one-line summary, held in memory for synchronous search. */
export interface ConditionCatalog {
  get(id: ConditionId): { condition: Condition; summary: string | null } | undefined;
  readonly size: number;
}

/**
 * The first sentence of a text (or, for long ones, its start cut at a word), for one-line summaries:
 * "Progressive hemifacial atrophy, or Parry-Romberg syndrome, is a condition that causes ...".
 */
export function oneLineSummary(text: string | null | undefined): string | null {
  const clean = (text ?? '').replace(/\s+/g, ' ').trim();
  if (!clean) return null;
  const max = NAME_SEARCH_PARAMS.summaryMaxLength;
  const sentence = /^(.+?[.!?])(\s+(?=[A-Z0-9"“(])|$)/.exec(clean)?.[1] ?? clean;
  if (sentence.length <= max) return sentence;
  const cut = sentence.slice(0, max);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max / 2)).replace(/[,;:\s]+$/, '')}…`;
}

/** Answer text of the condition's "What is X?" article, GARD's first when there are several. */
function informationText(articles: readonly Article[]): string | null {
  const info = articles
    .filter((a) => a.questionType === 'information' && a.hasAnswer)
    .sort((a, b) => Number(b.provenance.collection === 'GARD') - Number(a.provenance.collection === 'GARD'));
  for (const article of info) {
    const paragraph = article.blocks.find((b) => b.type === 'paragraph');
    if (paragraph?.type === 'paragraph') return paragraph.text;
  }
  return null;
}

/** The condition's one-line summary: the catalog's definition, else the start of "What is X?". */
export function conditionSummary(condition: Condition, articles: readonly Article[]): string | null {
  return oneLineSummary(condition.definition) ?? oneLineSummary(informationText(articles));
}

/**
 * Every condition with its one-line summary, for synchronous search. The summary is the catalog's
 * definition when the condition record carries one, else the start of its "What is X?" article.
 */
export function buildConditionCatalog(
  conditions: Iterable<Condition>,
  articles: Iterable<Article>,
): ConditionCatalog {
  const byCondition = new Map<ConditionId, Article[]>();
  for (const a of articles) {
    if (a.questionType !== 'information') continue;
    const list = byCondition.get(a.conditionId);
    if (list) list.push(a);
    else byCondition.set(a.conditionId, [a]);
  }
  const entries = new Map<ConditionId, { condition: Condition; summary: string | null }>();
  for (const condition of conditions) {
    entries.set(condition.id, {
      condition,
      summary: conditionSummary(condition, byCondition.get(condition.id) ?? []),
    });
  }
  return { get: (id) => entries.get(id), size: entries.size };
}

/**
 * Conditions by any of their names, typo-tolerant, best first: one hit per condition with the name
 * that matched. Names the catalog does not hold are skipped.
 */
export function searchConditions(
  lookup: NameLookup,
  catalog: ConditionCatalog,
  query: string,
  limit: number,
): ConditionHit[] {
  const q = query.trim();
  if (!q || limit <= 0) return [];
  const hits: ConditionHit[] = [];
  const seen = new Set<ConditionId>();
  const byId = catalog.get(q.replace(/^(gard|umls|rd)\s*:\s*/i, (_m, db: string) => `${db.toUpperCase()}:`));
  if (byId) {
    hits.push({ ...byId, matchedName: byId.condition.preferredName, score: NAME_SEARCH_PARAMS.idMatchScore });
    seen.add(byId.condition.id);
  }
  for (const match of lookup(q, limit + 5)) {
    if (hits.length >= limit) break;
    if (seen.has(match.conditionId)) continue;
    const entry = catalog.get(match.conditionId);
    if (!entry) continue;
    seen.add(match.conditionId);
    hits.push({ ...entry, matchedName: match.matchedName, score: match.score });
  }
  return hits.slice(0, limit);
}
