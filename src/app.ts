/**
 * The one place where raredesk is wired together: the store, the understanding and retrieval
 * indexes, and the letter composer. The web server, the staff console and the CLI are thin shells
 * over an `App`; none of the engine code knows about HTTP or the terminal.
 */
import type { Config } from './config.js';
import type { NameRow, Store } from './store/types.js';
import type { Analysis, AnalyzeOptions } from './understand/types.js';
import type { LetterFormat, RankedArticle, ReplyLetter } from './compose/types.js';
import type { Article, ArticleHeader, Condition, ConditionId, Organization } from './kb/types.js';
import { composeLetter, renderLetter } from './compose/index.js';
import { openStore } from './store/index.js';
import { buildUnderstanding } from './understand/index.js';
import type { Understanding } from './understand/index.js';
import {
  ArticleBodies,
  buildConditionCatalog,
  buildSymptomIndex,
  planSections,
  rankMessage,
  Retriever,
  retrievalConditions,
  searchConditions,
  searchSymptoms,
} from './retrieve/index.js';
import { AppError } from './errors.js';

export interface AnswerOptions extends AnalyzeOptions {
  /** A (corrected) analysis to answer instead of analyzing the message again. */
  analysis?: Analysis;
  /** Candidates kept per section (default 5). */
  k?: number;
}

export interface ConditionHit {
  condition: Condition;
  /** The name that matched the query. */
  matchedName: string;
  /** One-line summary. */
  summary: string | null;
  score: number;
}

export interface SymptomMatch {
  condition: Condition;
  score: number;
  /** Which of the person's symptoms matched which phenotype row, and how often it occurs. */
  matched: Array<{ query: string; phenotype: string; frequency: string | null }>;
  unmatched: string[];
}

export interface App {
  readonly config: Config;
  readonly store: Store;
  analyze(message: string, options?: AnalyzeOptions): Analysis;
  /** The reply letter for a message (reads the articles it shows from the store). */
  answer(message: string, options?: AnswerOptions): Promise<ReplyLetter>;
  /**
   * Articles ranked for a whole message, across its sub-questions (for `raredesk search` and the
   * LiveQA benchmark): best `k`, each with score and reasons.
   */
  search(message: string, options?: AnswerOptions): RankedArticle[];
  /** An article, whole, from the store (the recently shown ones are kept in memory). */
  article(id: string): Promise<Article | undefined>;
  /** What the in-memory index holds of an article (as loaded at start-up or by the last `reload()`). */
  articleHeader(id: string): ArticleHeader | undefined;
  /** A condition's preferred name, or null for an unknown id. */
  conditionName(id: ConditionId): string | null;
  /** Every condition name row, as loaded at start-up or by the last `reload()`. */
  names(): readonly NameRow[];
  render(letter: ReplyLetter, format: LetterFormat): string;
  /** Conditions by any of their names, typo-tolerant, best first. */
  searchConditions(query: string, limit: number): Promise<ConditionHit[]>;
  /** Conditions whose symptom lists best match symptoms described in the person's own words. */
  searchSymptoms(text: string, limit: number): Promise<SymptomMatch[]>;
  /** Builds now the indexes otherwise built on first use (name search, symptom search). */
  warm(): Promise<void>;
  /** Rebuilds the in-memory indexes after the knowledge base changed. */
  reload(): Promise<void>;
  close(): Promise<void>;
}

/** The in-memory part of an App, rebuilt by `reload()`. */
interface Engine {
  names: readonly NameRow[];
  understanding: Understanding;
  retriever: Retriever;
  bodies: ArticleBodies;
  conditionNames: Map<ConditionId, string>;
  organizations: Map<ConditionId, Organization[]>;
  searchConditions: (query: string, limit: number) => Promise<ConditionHit[]>;
  searchSymptoms: (text: string, limit: number) => Promise<SymptomMatch[]>;
}

/** Condition records from the flat name rows (enough for search and display; xrefs are not needed there). */
function conditionsFromNames(rows: readonly NameRow[]): Map<ConditionId, Condition> {
  const out = new Map<ConditionId, Condition>();
  for (const row of rows) {
    let c = out.get(row.conditionId);
    if (!c) {
      c = {
        id: row.conditionId,
        preferredName: row.preferredName,
        kind: row.conditionKind,
        names: [],
        xrefs: [],
        categories: [],
        definition: null,
        updatedAt: '',
      };
      out.set(row.conditionId, c);
    }
    c.names.push({ name: row.name, source: row.source, kind: row.kind });
  }
  return out;
}

/** `build()`'s result, computed on the first call and kept (a failed build is tried again next time). */
function once<T>(build: () => Promise<T>): () => Promise<T> {
  let value: Promise<T> | undefined;
  return () =>
    (value ??= build().catch((err: unknown) => {
      value = undefined;
      throw err;
    }));
}

/** Whole articles of the headers that pass `keep` (the name and symptom indexes read answers). */
function articlesWhere(store: Store, headers: readonly ArticleHeader[], keep: (h: ArticleHeader) => boolean) {
  return store.getArticles(headers.filter(keep).map((h) => h.id));
}

/** Loads everything the engine holds in memory from the store: names and article headers, not bodies. */
async function buildEngine(store: Store): Promise<Engine> {
  const [names, headers, organizations] = await Promise.all([
    store.listNames(),
    store.listArticleHeaders(),
    store.listOrganizations(),
  ]);
  const understanding = buildUnderstanding(names);
  const retriever = new Retriever(headers, retrievalConditions(names));
  const conditions = conditionsFromNames(names);
  const byCondition = new Map<ConditionId, Organization[]>();
  for (const org of organizations) {
    for (const id of org.conditionIds) byCondition.set(id, [...(byCondition.get(id) ?? []), org]);
  }
  // Name search and symptom search have their own indexes, built on first use: answering does not need
  // them. Summaries come from "What is X?" answers, symptom lists from symptom answers.
  const catalog = once(async () =>
    buildConditionCatalog(
      conditions.values(),
      await articlesWhere(store, headers, (h) => h.questionType === 'information' && h.hasAnswer),
    ),
  );
  const symptoms = once(async () =>
    buildSymptomIndex(
      await articlesWhere(store, headers, (h) => h.questionType === 'symptoms' && h.hasAnswer),
      conditions,
    ),
  );
  const lookup = (query: string, limit: number) => understanding.lookupNames(query, limit);
  return {
    names,
    understanding,
    retriever,
    bodies: new ArticleBodies((ids) => store.getArticles(ids)),
    conditionNames: new Map([...conditions].map(([id, c]) => [id, c.preferredName])),
    organizations: byCondition,
    searchConditions: async (query, limit) => searchConditions(lookup, await catalog(), query, limit),
    searchSymptoms: async (text, limit) => searchSymptoms(await symptoms(), text, limit),
  };
}

/**
 * Opens the store (unless one is given), loads the knowledge base into the in-memory indexes and
 * returns the App. The store is closed by `app.close()` only when this function opened it.
 */
export async function createApp(config: Config, store?: Store): Promise<App> {
  const ownStore = store === undefined;
  const db = store ?? (await openStore(config.database));
  let engine: Engine;
  try {
    engine = await buildEngine(db);
  } catch (err) {
    if (ownStore) await db.close();
    throw err;
  }

  const analysisFor = (e: Engine, message: string, options: AnswerOptions): Analysis =>
    options.analysis ?? e.understanding.analyze(message, { subject: options.subject });

  const checkMessage = (message: string) => {
    if (typeof message !== 'string' || message.trim() === '') {
      throw new AppError('bad_input', 'message: the question text is empty');
    }
  };

  return {
    config,
    store: db,
    analyze(message, options = {}) {
      checkMessage(message);
      return engine.understanding.analyze(message, options);
    },
    async answer(message, options = {}) {
      checkMessage(message);
      const e = engine; // this call's engine, even if `reload()` replaces it meanwhile
      const analysis = analysisFor(e, message, options);
      const plans = await planSections(e.retriever, e.bodies, analysis, options.k ?? 5, options.subject);
      const shown = await e.bodies.get(
        plans.flatMap((p) => [
          ...(p.articleId ? [p.articleId] : []),
          ...p.evidence.map((ev) => ev.articleId),
        ]),
      );
      return composeLetter(
        { message, subject: options.subject ?? null, analysis, plans },
        {
          article: (id) => shown.get(id),
          conditionName: (id) => e.conditionNames.get(id) ?? null,
          organizations: (id) => e.organizations.get(id) ?? [],
        },
        { centerName: config.centerName, signature: config.signature, publicUrl: config.publicUrl },
      );
    },
    search(message, options = {}) {
      checkMessage(message);
      return rankMessage(
        engine.retriever,
        analysisFor(engine, message, options),
        options.k ?? 10,
        options.subject,
      );
    },
    article: (id) => engine.bodies.one(id),
    articleHeader: (id) => engine.retriever.header(id),
    conditionName: (id) => engine.conditionNames.get(id) ?? null,
    names: () => engine.names,
    render: (letter, format) => renderLetter(letter, format),
    searchConditions: (query, limit) => engine.searchConditions(query, limit),
    searchSymptoms: (text, limit) => engine.searchSymptoms(text, limit),
    async warm() {
      await Promise.all([engine.searchConditions('warm up', 1), engine.searchSymptoms('warm up', 1)]);
    },
    async reload() {
      engine = await buildEngine(db);
    },
    async close() {
      if (ownStore) await db.close();
    },
  };
}
