/**
 * The knowledge-base half of the store (conditions, articles and their versions, organizations),
 * written once over Kysely for every database.
 *
 * Change detection: each condition, article and organization row keeps a hash of its content. An
 * upsert hashes what it is given and compares: same hash → `unchanged` (nothing written); otherwise
 * the row and its child rows are rewritten (and, for articles, the version goes up by one and a
 * version row keeps the snapshot).
 */
import { sql, type Insertable } from 'kysely';
import { AppError } from '../../errors.js';
import type { Article, ArticleHeader, Condition, ConditionId, Organization } from '../../kb/types.js';
import type { QuestionType } from '../../kb/question-types.js';
import type { KbStats, KnowledgeStore, NameRow, UpsertCounts, UpsertResult } from '../types.js';
import { StoreBase, type Db } from './base.js';
import {
  articleFromRow,
  ARTICLE_COLUMNS,
  articleContent,
  articleRow,
  articleVersionFromRow,
  categoryRows,
  conditionFromRows,
  conditionHash,
  conditionNameRows,
  conditionRow,
  organizationFromRow,
  organizationHash,
  organizationRow,
  phenotypeRows,
  xrefRows,
  type ConditionChildren,
} from './rows.js';
import type { Database } from './schema.js';
import { chunk, hashText, normalizeName } from './text.js';

/** Throws `bad_input` if the same id appears twice in one batch. */
function assertUniqueIds(items: ReadonlyArray<{ id: string }>, what: string): void {
  const seen = new Set<string>();
  for (const { id } of items) {
    if (seen.has(id)) throw new AppError('bad_input', `${what} ${id} appears twice in one batch`);
    seen.add(id);
  }
}

function resultOf(counts: UpsertCounts): UpsertResult {
  if (counts.inserted > 0) return 'inserted';
  return counts.updated > 0 ? 'updated' : 'unchanged';
}

export abstract class KyselyKnowledgeStore extends StoreBase implements KnowledgeStore {
  // ---- conditions ----

  upsertCondition(condition: Condition): Promise<UpsertResult> {
    return this.upsertConditions([condition], 'system').then(resultOf);
  }

  async upsertConditions(conditions: Condition[], actor: string): Promise<UpsertCounts> {
    assertUniqueIds(conditions, 'condition');
    return this.inTransaction(async (db) => {
      const stored = await this.storedHashes(
        db,
        'conditions',
        conditions.map((c) => c.id),
      );
      const counts: UpsertCounts = { inserted: 0, updated: 0, unchanged: 0 };
      const written: Condition[] = [];
      const changedIds: string[] = [];
      for (const condition of conditions) {
        const before = stored.get(condition.id);
        if (before === undefined) counts.inserted++;
        else if (before.hash === conditionHash(condition)) {
          counts.unchanged++;
          continue;
        } else {
          counts.updated++;
          changedIds.push(condition.id);
        }
        written.push(condition);
      }
      for (const ids of chunk(changedIds, this.maxInList)) {
        for (const table of ['condition_names', 'xrefs', 'categories'] as const) {
          await db.deleteFrom(table).where('condition_id', 'in', ids).execute();
        }
      }
      await this.insertMany(
        db,
        'conditions',
        written.map((c) => conditionRow(c, actor)),
        { upsert: true },
      );
      await this.insertMany(db, 'condition_names', written.flatMap(conditionNameRows));
      await this.insertMany(db, 'xrefs', written.flatMap(xrefRows));
      await this.insertMany(db, 'categories', written.flatMap(categoryRows));
      return counts;
    });
  }

  async getCondition(id: ConditionId): Promise<Condition | null> {
    const [condition] = await this.loadConditions(this.db, [id]);
    return condition ?? null;
  }

  async searchConditionNames(
    query: string,
    limit: number,
  ): Promise<Array<{ condition: Condition; matchedName: string }>> {
    const q = normalizeName(query);
    if (q === '' || limit <= 0) return [];
    // Rank: whole-name match, then prefix match, then any match; shorter names first within each.
    const score = sql<number>`(case when normalized = ${q} then 0 when normalized like ${`${q}%`} then 1 else 2 end) * 100000 + length(normalized)`;
    const best = await this.db
      .selectFrom('condition_names')
      .select(['condition_id', (eb) => eb.fn.min(score).as('best')])
      .where('normalized', 'like', `%${q}%`)
      .groupBy('condition_id')
      .orderBy('best')
      .orderBy('condition_id')
      .limit(limit)
      .execute();
    const conditions = await this.loadConditions(
      this.db,
      best.map((b) => b.condition_id),
    );
    return conditions.map((condition) => {
      const matched = condition.names
        .map((n) => ({ name: n.name, norm: normalizeName(n.name) }))
        .filter((n) => n.norm.includes(q))
        .sort((a, b) => nameScore(a.norm, q) - nameScore(b.norm, q))[0];
      return { condition, matchedName: matched?.name ?? condition.preferredName };
    });
  }

  async listNames(): Promise<NameRow[]> {
    // Three listings joined here rather than in SQL: a condition's kind and preferred name are then
    // read once, not once per name, and each listing is one JSON value (see `jsonRows`).
    const [names, conditions, answered] = await Promise.all([
      this.jsonRows<[ConditionId, string, NameRow['source'], NameRow['kind']]>(
        ['condition_id', 'name', 'source', 'kind'],
        'from condition_names',
        'condition_id, position',
      ),
      this.jsonRows<[ConditionId, NameRow['conditionKind'], string]>(
        ['id', 'kind', 'preferred_name'],
        'from conditions',
        'id',
      ),
      this.db
        .selectFrom('articles')
        .select(['condition_id', (eb) => eb.fn.countAll().as('article_count')])
        .where('has_answer', '=', 1)
        .groupBy('condition_id')
        .execute(),
    ]);
    const conditionOf = new Map(conditions.map(([id, kind, preferredName]) => [id, { kind, preferredName }]));
    const articleCount = new Map(answered.map((r) => [r.condition_id, Number(r.article_count)]));
    return names.flatMap(([conditionId, name, source, kind]) => {
      const condition = conditionOf.get(conditionId);
      if (condition === undefined) return []; // cannot happen: names reference their condition
      return [
        {
          conditionId,
          name,
          source,
          kind,
          conditionKind: condition.kind,
          preferredName: condition.preferredName,
          articleCount: articleCount.get(conditionId) ?? 0,
        },
      ];
    });
  }

  async listConditionIds(): Promise<ConditionId[]> {
    const rows = await this.db.selectFrom('conditions').select('id').orderBy('id').execute();
    return rows.map((r) => r.id);
  }

  // ---- articles ----

  upsertArticle(article: Article, actor: string, summary: string): Promise<UpsertResult> {
    return this.upsertArticles([article], actor, summary).then(resultOf);
  }

  async upsertArticles(articles: Article[], actor: string, summary: string): Promise<UpsertCounts> {
    assertUniqueIds(articles, 'article');
    return this.inTransaction(async (db) => {
      await this.assertConditionsExist(db, articles);
      const stored = await this.storedHashes(
        db,
        'articles',
        articles.map((a) => a.id),
      );
      const counts: UpsertCounts = { inserted: 0, updated: 0, unchanged: 0 };
      const written: Article[] = [];
      const rows: Array<Insertable<Database['articles']>> = [];
      const changedIds: string[] = [];
      const snapshots: string[] = [];
      for (const article of articles) {
        const content = articleContent(article);
        const hash = hashText(content);
        const before = stored.get(article.id);
        if (before?.hash === hash) {
          counts.unchanged++;
          continue;
        }
        if (before === undefined) counts.inserted++;
        else {
          counts.updated++;
          changedIds.push(article.id);
        }
        const version = (before?.version ?? 0) + 1;
        written.push({ ...article, version });
        rows.push(articleRow(article, version, content, hash));
        snapshots.push(content);
      }
      for (const ids of chunk(changedIds, this.maxInList)) {
        await db.deleteFrom('phenotypes').where('article_id', 'in', ids).execute();
      }
      await this.insertMany(db, 'articles', rows, { upsert: true });
      await this.insertMany(db, 'phenotypes', written.flatMap(phenotypeRows));
      const changedAt = new Date().toISOString();
      await this.insertMany(
        db,
        'article_versions',
        written.map((a, i) => ({
          article_id: a.id,
          version: a.version,
          changed_by: actor,
          changed_at: changedAt,
          summary,
          snapshot_json: snapshots[i],
        })),
      );
      return counts;
    });
  }

  async getArticle(id: string): Promise<Article | null> {
    const row = await this.db
      .selectFrom('articles')
      .select(ARTICLE_COLUMNS)
      .where('id', '=', id)
      .executeTakeFirst();
    return row === undefined ? null : articleFromRow(row);
  }

  async getArticles(ids: readonly string[]): Promise<Article[]> {
    const found = new Map<string, Article>();
    for (const part of chunk([...new Set(ids)], this.maxInList)) {
      const rows = await this.db
        .selectFrom('articles')
        .select(ARTICLE_COLUMNS)
        .where('id', 'in', part)
        .execute();
      for (const row of rows) {
        const article = articleFromRow(row);
        found.set(article.id, article);
      }
    }
    return ids.flatMap((id) => found.get(id) ?? []);
  }

  async listArticlesByCondition(conditionId: ConditionId): Promise<Article[]> {
    const rows = await this.db
      .selectFrom('articles')
      .select(ARTICLE_COLUMNS)
      .where('condition_id', '=', conditionId)
      .orderBy('id')
      .execute();
    return rows.map(articleFromRow);
  }

  async listArticleHeaders(): Promise<ArticleHeader[]> {
    type Row = [string, ConditionId, QuestionType, string, number, string | null];
    const rows = await this.jsonRows<Row>(
      ['id', 'condition_id', 'question_type', 'question', 'has_answer', 'external_id'],
      'from articles',
      'id',
    );
    return rows.map(([id, conditionId, questionType, question, hasAnswer, externalId]) => ({
      id,
      conditionId,
      questionType,
      question,
      hasAnswer: hasAnswer === 1,
      externalId,
    }));
  }

  async listAllArticles(): Promise<Article[]> {
    const rows = await this.db.selectFrom('articles').select(ARTICLE_COLUMNS).orderBy('id').execute();
    return rows.map(articleFromRow);
  }

  async listArticleVersions(articleId: string) {
    const rows = await this.db
      .selectFrom('article_versions')
      .selectAll()
      .where('article_id', '=', articleId)
      .orderBy('version')
      .execute();
    return rows.map(articleVersionFromRow);
  }

  async listStaleArticles(before: string, limit: number): Promise<Article[]> {
    const rows = await this.db
      .selectFrom('articles')
      .select(ARTICLE_COLUMNS)
      .where('last_updated', '<', before)
      .orderBy('last_updated')
      .orderBy('id')
      .limit(limit)
      .execute();
    return rows.map(articleFromRow);
  }

  // ---- organizations ----

  upsertOrganization(org: Organization): Promise<UpsertResult> {
    return this.inTransaction(async (db) => {
      const stored = await this.storedHashes(db, 'organizations', [org.id]);
      const before = stored.get(org.id);
      if (before?.hash === organizationHash(org)) return 'unchanged';
      await db.deleteFrom('organization_conditions').where('organization_id', '=', org.id).execute();
      await this.insertMany(db, 'organizations', [organizationRow(org)], { upsert: true });
      await this.guard(`organization ${org.id}`, () =>
        this.insertMany(
          db,
          'organization_conditions',
          org.conditionIds.map((conditionId, position) => ({
            organization_id: org.id,
            condition_id: conditionId,
            position,
          })),
        ),
      );
      return before === undefined ? 'inserted' : 'updated';
    });
  }

  async getOrganization(id: string): Promise<Organization | null> {
    const [org] = await this.loadOrganizations({ id });
    return org ?? null;
  }

  listOrganizations(): Promise<Organization[]> {
    return this.loadOrganizations({});
  }

  listOrganizationsForCondition(conditionId: ConditionId): Promise<Organization[]> {
    return this.loadOrganizations({ conditionId });
  }

  // ---- statistics ----

  async stats(): Promise<KbStats> {
    const count = async (table: keyof Database) => {
      const row = await this.db
        .selectFrom(table)
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow();
      return Number(row.n);
    };
    const collections = await this.db
      .selectFrom('articles')
      .select([
        'collection',
        (eb) => eb.fn.countAll().as('articles'),
        (eb) => eb.fn.sum('has_answer').as('with_answer'),
      ])
      .groupBy('collection')
      .orderBy('collection')
      .execute();
    const byCollection: KbStats['byCollection'] = {};
    for (const c of collections) {
      byCollection[c.collection] = {
        articles: Number(c.articles),
        withAnswer: Number(c.with_answer ?? 0),
      };
    }
    const articles = collections.reduce((sum, c) => sum + Number(c.articles), 0);
    const articlesWithAnswer = collections.reduce((sum, c) => sum + Number(c.with_answer ?? 0), 0);
    return {
      conditions: await count('conditions'),
      names: await count('condition_names'),
      articles,
      articlesWithAnswer,
      phenotypes: await count('phenotypes'),
      organizations: await count('organizations'),
      byCollection,
    };
  }

  // ---- helpers ----

  /** The stored content hash (and version, for articles) of each of `ids` that exists. */
  private async storedHashes(
    db: Db,
    table: 'conditions' | 'articles' | 'organizations',
    ids: string[],
  ): Promise<Map<string, { hash: string; version: number }>> {
    const stored = new Map<string, { hash: string; version: number }>();
    for (const part of chunk(ids, this.maxInList)) {
      const rows =
        table === 'articles'
          ? await db
              .selectFrom('articles')
              .select(['id', 'content_hash', 'version'])
              .where('id', 'in', part)
              .execute()
          : await db
              .selectFrom(table)
              .select(['id', 'content_hash', sql<number>`0`.as('version')])
              .where('id', 'in', part)
              .execute();
      for (const r of rows) stored.set(r.id, { hash: r.content_hash, version: Number(r.version) });
    }
    return stored;
  }

  /** Throws `bad_input` naming the first article whose condition does not exist. */
  private async assertConditionsExist(db: Db, articles: Article[]): Promise<void> {
    const wanted = [...new Set(articles.map((a) => a.conditionId))];
    const found = new Set<string>();
    for (const part of chunk(wanted, this.maxInList)) {
      const rows = await db.selectFrom('conditions').select('id').where('id', 'in', part).execute();
      for (const r of rows) found.add(r.id);
    }
    const orphan = articles.find((a) => !found.has(a.conditionId));
    if (orphan !== undefined) {
      throw new AppError(
        'bad_input',
        `article ${orphan.id} refers to condition ${orphan.conditionId}, which is not in the knowledge base`,
      );
    }
  }

  /** Conditions with their names, cross-references and categories, in the order of `ids` (missing ones left out). */
  protected async loadConditions(db: Db, ids: ConditionId[]): Promise<Condition[]> {
    const byId = new Map<string, Condition>();
    for (const part of chunk(ids, this.maxInList)) {
      if (part.length === 0) continue;
      const rows = await db.selectFrom('conditions').selectAll().where('id', 'in', part).execute();
      const children = new Map<string, ConditionChildren>(
        rows.map((r) => [r.id, { names: [], xrefs: [], categories: [] }]),
      );
      const names = await db
        .selectFrom('condition_names')
        .select(['condition_id', 'name', 'source', 'kind'])
        .where('condition_id', 'in', part)
        .orderBy('condition_id')
        .orderBy('position')
        .execute();
      for (const n of names) children.get(n.condition_id)?.names.push(n);
      const xrefs = await db
        .selectFrom('xrefs')
        .select(['condition_id', 'db', 'external_id'])
        .where('condition_id', 'in', part)
        .orderBy('condition_id')
        .orderBy('position')
        .execute();
      for (const x of xrefs) children.get(x.condition_id)?.xrefs.push(x);
      const categories = await db
        .selectFrom('categories')
        .select(['condition_id', 'name'])
        .where('condition_id', 'in', part)
        .orderBy('condition_id')
        .orderBy('position')
        .execute();
      for (const c of categories) children.get(c.condition_id)?.categories.push(c);
      for (const r of rows) byId.set(r.id, conditionFromRows(r, children.get(r.id)!));
    }
    return ids.flatMap((id) => byId.get(id) ?? []);
  }

  /** Organizations (all, one by id, or those serving a condition) with their conditions, ordered by name. */
  private async loadOrganizations(filter: {
    id?: string;
    conditionId?: ConditionId;
  }): Promise<Organization[]> {
    let query = this.db.selectFrom('organizations').selectAll();
    if (filter.id !== undefined) query = query.where('id', '=', filter.id);
    const { conditionId } = filter;
    if (conditionId !== undefined) {
      query = query.where((eb) =>
        eb.exists(
          eb
            .selectFrom('organization_conditions as oc')
            .select('oc.condition_id')
            .whereRef('oc.organization_id', '=', 'organizations.id')
            .where('oc.condition_id', '=', conditionId),
        ),
      );
    }
    const rows = await query.orderBy('name').orderBy('id').execute();
    const served = new Map<string, string[]>(rows.map((r) => [r.id, []]));
    for (const part of chunk([...served.keys()], this.maxInList)) {
      const links = await this.db
        .selectFrom('organization_conditions')
        .select(['organization_id', 'condition_id'])
        .where('organization_id', 'in', part)
        .orderBy('organization_id')
        .orderBy('position')
        .execute();
      for (const l of links) served.get(l.organization_id)?.push(l.condition_id);
    }
    return rows.map((r) => organizationFromRow(r, served.get(r.id) ?? []));
  }
}

/** The same ranking as the SQL in `searchConditionNames`, for picking the matched name. */
function nameScore(normalized: string, q: string): number {
  const rank = normalized === q ? 0 : normalized.startsWith(q) ? 1 : 2;
  return rank * 100000 + normalized.length;
}
