/**
 * Curation operations on articles: save an edit as a new version, restore an earlier version,
 * mark for review, write a new curated article, list stale ones. Each goes through the store's
 * `upsertArticle`, which records the version with the curator as actor; the caller then rebuilds
 * the app's indexes (`app.reload()`).
 */
import { AppError } from '../../errors.js';
import { canonicalQuestion, isQuestionType, type QuestionType } from '../../kb/question-types.js';
import type { Article, ConditionId, Provenance, ReviewStatus } from '../../kb/types.js';
import type { Store, UpsertResult } from '../../store/types.js';
import { sameContent, summarizeChange } from './diff.js';
import type { ArticleEdit } from './editor.js';

/**
 * The license of articles written by the desk's curators. CC BY 4.0, the license of MedQuAD, so
 * curated and imported answers can be shown and reused under the same terms.
 */
export const CURATED_LICENSE = 'CC BY 4.0';

/** Prefix of curated article ids: `RD-1`, `RD-2`, ... */
export const CURATED_ID_PREFIX = 'RD-';

/** Review statuses a curator may set from the editor (`imported` is only ever set by the importer). */
export const EDITABLE_REVIEW_STATUSES: readonly ReviewStatus[] = ['draft', 'needs_review', 'approved'];

/** The date part (`YYYY-MM-DD`, UTC) of `now`. */
export function isoDate(now: Date): string {
  return now.toISOString().slice(0, 10);
}

/** The first day that is not stale: articles last updated before it are listed as stale. */
export function staleCutoff(now: Date, staleAfterDays: number): string {
  return isoDate(new Date(now.getTime() - staleAfterDays * 24 * 60 * 60 * 1000));
}

/** Loads an article or throws `not_found` naming it. */
export async function requireArticle(store: Store, id: string): Promise<Article> {
  const article = await store.getArticle(id);
  if (!article) throw new AppError('not_found', `article ${id} does not exist`);
  return article;
}

/** The outcome of a change: what the store did and the summary recorded with the version. */
export interface ChangeResult {
  result: UpsertResult;
  article: Article;
  summary: string;
}

/** Writes `next` as a new version with a summary of what changed (and the curator's note). */
async function writeVersion(
  store: Store,
  before: Article | null,
  next: Article,
  actor: string,
  note: string,
  prefix = '',
): Promise<ChangeResult> {
  const summary = [prefix + summarizeChange(before, next), note].filter((s) => s !== '').join(' — ');
  const result = await store.upsertArticle(next, actor, summary);
  const saved = (await store.getArticle(next.id)) ?? next;
  return { result, article: saved, summary };
}

/**
 * Saves an edit of article `id` as a new version: question, blocks and references from the form,
 * `lastUpdated` set to today, review status as chosen. An edit that changes nothing writes nothing
 * (`result: 'unchanged'`).
 */
export async function saveArticleEdit(
  store: Store,
  id: string,
  edit: ArticleEdit,
  reviewStatus: ReviewStatus,
  actor: string,
  now: Date,
): Promise<ChangeResult> {
  const current = await requireArticle(store, id);
  const next: Article = {
    ...current,
    question: edit.question,
    blocks: edit.blocks,
    references: edit.references,
    hasAnswer: edit.blocks.length > 0,
    reviewStatus,
  };
  if (sameContent(current, next) && current.reviewStatus === reviewStatus)
    return { result: 'unchanged', article: current, summary: 'no change' };
  if (!sameContent(current, next)) next.lastUpdated = isoDate(now);
  return writeVersion(store, current, next, actor, edit.note);
}

/**
 * Restores version `version` of article `id`: a new version whose content equals that snapshot
 * (question, blocks, references, condition, type, review status), dated today. History is kept.
 */
export async function restoreArticleVersion(
  store: Store,
  id: string,
  version: number,
  actor: string,
  now: Date,
): Promise<ChangeResult> {
  const current = await requireArticle(store, id);
  const old = (await store.listArticleVersions(id)).find((v) => v.version === version);
  if (!old) throw new AppError('not_found', `article ${id} has no version ${version}`);
  if (version === current.version)
    throw new AppError('conflict', `version ${version} is the current version`);
  const next: Article = { ...old.snapshot, id, version: current.version, lastUpdated: isoDate(now) };
  return writeVersion(store, current, next, actor, '', `restored version ${version}: `);
}

/** Marks an article for review (`reviewStatus: 'needs_review'`), with the curator's reason. */
export async function markArticleForReview(
  store: Store,
  id: string,
  reason: string,
  actor: string,
): Promise<ChangeResult> {
  const current = await requireArticle(store, id);
  if (current.reviewStatus === 'needs_review')
    return { result: 'unchanged', article: current, summary: 'already marked for review' };
  return writeVersion(store, current, { ...current, reviewStatus: 'needs_review' }, actor, reason.trim());
}

/** What a new curated article starts from. */
export interface NewArticleInput {
  conditionId: ConditionId;
  questionType: string;
}

/** The question a new article about `conditionName` of `type` gets by default. */
export function defaultQuestion(type: QuestionType, conditionName: string): string {
  return canonicalQuestion(type, conditionName);
}

/** The provenance of content written at the desk. */
export function curatedProvenance(now: Date): Provenance {
  return {
    source: 'raredesk',
    collection: 'curated',
    externalId: null,
    file: null,
    url: null,
    license: CURATED_LICENSE,
    retrievedAt: isoDate(now),
  };
}

/**
 * The next free curated id: one past the highest `RD-<n>` in use. Found by doubling then bisecting
 * over `getArticle`, so it costs O(log n) lookups; ids are never deleted, so they are contiguous.
 */
export async function nextCuratedId(store: Store): Promise<string> {
  const exists = async (n: number) => (await store.getArticle(`${CURATED_ID_PREFIX}${n}`)) !== null;
  let hi = 1;
  while (await exists(hi)) hi *= 2;
  let lo = hi === 1 ? 0 : hi / 2; // lo exists (or is 0), hi does not
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (await exists(mid)) lo = mid;
    else hi = mid;
  }
  return `${CURATED_ID_PREFIX}${hi}`;
}

/**
 * Creates a curated article `RD-<n>` for a condition and question type, with the editor's content,
 * provenance `raredesk` and license `CURATED_LICENSE`, review status `draft` unless chosen.
 * The id is picked inside the same transaction as the insert, so two curators never get the same id.
 */
export async function createCuratedArticle(
  store: Store,
  input: NewArticleInput,
  edit: ArticleEdit,
  reviewStatus: ReviewStatus,
  actor: string,
  now: Date,
): Promise<ChangeResult> {
  if (!isQuestionType(input.questionType))
    throw new AppError('bad_input', `questionType: unknown question type "${input.questionType}"`, {
      field: 'questionType',
    });
  const questionType = input.questionType;
  if (edit.blocks.length === 0)
    throw new AppError('bad_input', 'blocks: a new article needs at least one block of text', {
      field: 'block-0-text',
    });
  return store.transaction(async (tx) => {
    const condition = await tx.getCondition(input.conditionId);
    if (!condition)
      throw new AppError('bad_input', `conditionId: condition ${input.conditionId} does not exist`, {
        field: 'conditionId',
      });
    const article: Article = {
      id: await nextCuratedId(tx),
      conditionId: condition.id,
      questionType,
      sourceQuestionType: null,
      question: edit.question,
      blocks: edit.blocks,
      hasAnswer: true,
      references: edit.references,
      phenotypes: [],
      provenance: curatedProvenance(now),
      lastUpdated: isoDate(now),
      reviewStatus,
      version: 1,
    };
    return writeVersion(tx, null, article, actor, edit.note);
  });
}
