/**
 * Loads what a condition page (and `GET /api/conditions/:id`) shows: the condition, its articles,
 * organizations, published questions and answers, summary, and related conditions.
 */
import type { Article, Condition, Organization } from '../kb/index.js';
import { conditionSummary } from '../retrieve/index.js';
import { AppError } from '../errors.js';
import type { App } from '../app.js';
import type { NameRow, PublishedQa, Store } from '../store/types.js';
import { TtlCache } from './cache.js';
import { buildRelatedIndex, type RelatedCondition, type RelatedIndex } from './related.js';

export interface ConditionRecord {
  condition: Condition;
  summary: string | null;
  articles: Article[];
  organizations: Organization[];
  /** Questions answered at the desk and published without personal details. */
  published: PublishedQa[];
  related: RelatedCondition[];
}

/** How many related conditions a page lists. */
const RELATED_LIMIT = 12;
/** Condition records (and their rendered pages) kept in memory: how many, and for how long. */
export const CONDITION_CACHE = { size: 2000, ttlMs: 10_000 } as const;

export class ConditionData {
  private related: { names: readonly NameRow[]; index: RelatedIndex } | null = null;
  private readonly records = new TtlCache<ConditionRecord>(CONDITION_CACHE.size, CONDITION_CACHE.ttlMs);
  /** Rendered condition pages by condition id (same lifetime as the records). */
  readonly pages = new TtlCache<string>(CONDITION_CACHE.size, CONDITION_CACHE.ttlMs);

  private readonly store: Store;

  /** Reads the store, and the names and preferred names the App loaded. */
  constructor(private readonly app: App) {
    this.store = app.store;
  }

  /** Builds the related-conditions index now, so the first page does not wait for it. */
  warm(): void {
    this.relatedIndex();
  }

  /** The related-conditions index over the App's current names (rebuilt after the App reloaded them). */
  private relatedIndex(): RelatedIndex {
    const names = this.app.names();
    if (this.related?.names !== names)
      this.related = {
        names,
        index: buildRelatedIndex(names, (id) => this.app.conditionName(id), this.store),
      };
    return this.related.index;
  }

  /** One article of a condition; `not_found` when either is unknown or they do not belong together. */
  async article(conditionId: string, articleId: string): Promise<{ condition: Condition; article: Article }> {
    const [condition, article] = await Promise.all([
      this.store.getCondition(conditionId),
      this.store.getArticle(articleId),
    ]);
    if (!condition || !article || article.conditionId !== condition.id) {
      throw new AppError('not_found', `no article "${articleId}" for condition "${conditionId}"`);
    }
    return { condition, article };
  }

  /** Everything about one condition (cached for a few seconds); `not_found` when the id is unknown. */
  load(id: string): Promise<ConditionRecord> {
    return this.records.getOrSet(id, () => this.read(id));
  }

  private async read(id: string): Promise<ConditionRecord> {
    const condition = await this.store.getCondition(id);
    if (!condition) throw new AppError('not_found', `no condition with id "${id}"`);
    const [articles, organizations, published, related] = await Promise.all([
      this.store.listArticlesByCondition(id),
      this.store.listOrganizationsForCondition(id),
      this.store.listPublishedQa(id),
      this.relatedIndex().related(condition, RELATED_LIMIT),
    ]);
    return {
      condition,
      summary: conditionSummary(condition, articles),
      articles,
      organizations,
      published,
      related,
    };
  }
}
