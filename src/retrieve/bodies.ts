/**
 * Article bodies on demand. The in-memory indexes hold only article headers (`ArticleHeader`), so
 * start-up does not read and parse some 50 MB of answers; a reply reads the few articles it shows
 * from the store, and the most recently used ones are kept in a bounded cache.
 */
import type { Article } from '../kb/types.js';

/** Reads whole articles by id, in the order asked, skipping unknown ids (`Store.getArticles`). */
export type ArticleReader = (ids: readonly string[]) => Promise<Article[]>;

/** Articles kept in memory at most (about 1 KB each); the least recently used go first. */
export const BODY_CACHE_ARTICLES = 5000;

export class ArticleBodies {
  /** Insertion order is use order: a hit moves its article to the end, eviction takes the front. */
  private readonly cache = new Map<string, Article>();

  constructor(
    private readonly read: ArticleReader,
    private readonly capacity = BODY_CACHE_ARTICLES,
  ) {}

  /** The articles with these ids, by id (ids the store does not hold are missing from the map). */
  async get(ids: readonly string[]): Promise<Map<string, Article>> {
    const out = new Map<string, Article>();
    const missing: string[] = [];
    for (const id of ids) {
      const article = this.cache.get(id);
      if (article === undefined) {
        missing.push(id);
        continue;
      }
      this.cache.delete(id);
      this.cache.set(id, article);
      out.set(id, article);
    }
    if (missing.length === 0) return out;
    for (const article of await this.read(missing)) {
      this.remember(article);
      out.set(article.id, article);
    }
    return out;
  }

  /** One article, or undefined when the store does not hold it. */
  async one(id: string): Promise<Article | undefined> {
    return (await this.get([id])).get(id);
  }

  /** Number of articles held. */
  get size(): number {
    return this.cache.size;
  }

  private remember(article: Article): void {
    this.cache.delete(article.id);
    this.cache.set(article.id, article);
    while (this.cache.size > this.capacity) {
      const oldest = this.cache.keys().next();
      if (oldest.done === true) break;
      this.cache.delete(oldest.value);
    }
  }
}
