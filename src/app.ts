/**
 * The one place where raredesk is wired together: the store, the understanding and retrieval
 * indexes, and the letter composer. The web server, the staff console and the CLI are thin shells
 * over an `App`; none of the engine code knows about HTTP or the terminal.
 */
import type { Config } from './config.js';
import type { NameRow, Store } from './store/types.js';
import type { Analysis, AnalyzeOptions } from './understand/types.js';
import type { LetterFormat, RankedArticle, ReplyLetter } from './compose/types.js';
import type { Article, Condition, ConditionId, Organization } from './kb/types.js';
import { composeLetter, renderLetter } from './compose/index.js';
import { openStore } from './store/index.js';
import { buildUnderstanding } from './understand/index.js';
import type { Understanding } from './understand/index.js';
import {
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
  answer(message: string, options?: AnswerOptions): ReplyLetter;
  /**
   * Articles ranked for a whole message, across its sub-questions (for `raredesk search` and the
   * LiveQA benchmark): best `k`, each with score and reasons.
   */
  search(message: string, options?: AnswerOptions): RankedArticle[];
  /** An article from the in-memory knowledge base (as loaded at start-up or the last `reload()`). */
  article(id: string): Article | undefined;
  /** A condition's preferred name, or null for an unknown id. */
  conditionName(id: ConditionId): string | null;
  /** Every condition name row, as loaded at start-up or by the last `reload()`. */
  names(): readonly NameRow[];
  render(letter: ReplyLetter, format: LetterFormat): string;
  /** Conditions by any of their names, typo-tolerant, best first. */
  searchConditions(query: string, limit: number): ConditionHit[];
  /** Conditions whose symptom lists best match symptoms described in the person's own words. */
  searchSymptoms(text: string, limit: number): SymptomMatch[];
  /** Rebuilds the in-memory indexes after the knowledge base changed. */
  reload(): Promise<void>;
  close(): Promise<void>;
}

/** The in-memory part of an App, rebuilt by `reload()`. */
interface Engine {
  names: readonly NameRow[];
  understanding: Understanding;
  retriever: Retriever;
  conditionNames: Map<ConditionId, string>;
  organizations: Map<ConditionId, Organization[]>;
  searchConditions: (query: string, limit: number) => ConditionHit[];
  searchSymptoms: (text: string, limit: number) => SymptomMatch[];
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

/** `build()`'s result, computed on the first call and kept. */
function once<T>(build: () => T): () => T {
  let value: { v: T } | undefined;
  return () => (value ??= { v: build() }).v;
}

/** Loads everything the engine holds in memory from the store. */
async function buildEngine(store: Store): Promise<Engine> {
  const [names, articles, organizations] = await Promise.all([
    store.listNames(),
    store.listAllArticles(),
    store.listOrganizations(),
  ]);
  const understanding = buildUnderstanding(names);
  const retriever = new Retriever(articles, retrievalConditions(names));
  const conditions = conditionsFromNames(names);
  const byCondition = new Map<ConditionId, Organization[]>();
  for (const org of organizations) {
    for (const id of org.conditionIds) byCondition.set(id, [...(byCondition.get(id) ?? []), org]);
  }
  // Name search and symptom search have their own indexes, built on first use: answering does not need them.
  const catalog = once(() => buildConditionCatalog(conditions.values(), articles));
  const symptoms = once(() => buildSymptomIndex(articles, conditions));
  const lookup = (query: string, limit: number) => understanding.lookupNames(query, limit);
  return {
    names,
    understanding,
    retriever,
    conditionNames: new Map([...conditions].map(([id, c]) => [id, c.preferredName])),
    organizations: byCondition,
    searchConditions: (query, limit) => searchConditions(lookup, catalog(), query, limit),
    searchSymptoms: (text, limit) => searchSymptoms(symptoms(), text, limit),
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

  const analysisFor = (message: string, options: AnswerOptions): Analysis =>
    options.analysis ?? engine.understanding.analyze(message, { subject: options.subject });

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
    answer(message, options = {}) {
      checkMessage(message);
      const analysis = analysisFor(message, options);
      const plans = planSections(engine.retriever, analysis, options.k ?? 5, options.subject);
      return composeLetter(
        { message, subject: options.subject ?? null, analysis, plans },
        {
          article: (id) => engine.retriever.article(id),
          conditionName: (id) => engine.conditionNames.get(id) ?? null,
          organizations: (id) => engine.organizations.get(id) ?? [],
        },
        { centerName: config.centerName, signature: config.signature, publicUrl: config.publicUrl },
      );
    },
    search(message, options = {}) {
      checkMessage(message);
      return rankMessage(engine.retriever, analysisFor(message, options), options.k ?? 10, options.subject);
    },
    article: (id) => engine.retriever.article(id),
    conditionName: (id) => engine.conditionNames.get(id) ?? null,
    names: () => engine.names,
    render: (letter, format) => renderLetter(letter, format),
    searchConditions: (query, limit) => engine.searchConditions(query, limit),
    searchSymptoms: (text, limit) => engine.searchSymptoms(text, limit),
    async reload() {
      engine = await buildEngine(db);
    },
    async close() {
      if (ownStore) await db.close();
    },
  };
}
