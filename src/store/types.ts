/**
 * The store: one interface, one implementation per database (src/store/sqlite, src/store/postgres),
 * both checked by the shared contract suite in test/store/contract.ts.
 */
import type {
  Article,
  ArticleHeader,
  ArticleVersion,
  Block,
  Condition,
  ConditionId,
  ConditionKind,
  NameSource,
  Organization,
  Reference,
} from '../kb/types.js';
import type { QuestionType } from '../kb/question-types.js';
import type { Analysis } from '../understand/types.js';
import type { ReplyLetter } from '../compose/types.js';

export type UpsertResult = 'inserted' | 'updated' | 'unchanged';

/** What a batch upsert did, record by record. */
export interface UpsertCounts {
  inserted: number;
  updated: number;
  unchanged: number;
}

/** One name row, flattened for building the name dictionary. */
export interface NameRow {
  conditionId: ConditionId;
  name: string;
  source: NameSource;
  kind: 'preferred' | 'synonym' | 'abbreviation';
  conditionKind: ConditionKind;
  preferredName: string;
  /** How many articles with answer text the condition has (used to resolve ambiguous abbreviations). */
  articleCount: number;
}

export interface KbStats {
  conditions: number;
  names: number;
  articles: number;
  articlesWithAnswer: number;
  phenotypes: number;
  organizations: number;
  /** Articles per collection (`GARD`, `GHR`, ...). */
  byCollection: Record<string, { articles: number; withAnswer: number }>;
}

export interface KnowledgeStore {
  // conditions
  upsertCondition(condition: Condition): Promise<UpsertResult>;
  getCondition(id: ConditionId): Promise<Condition | null>;
  /** Conditions whose names contain `query` (case-insensitive), best first. */
  searchConditionNames(
    query: string,
    limit: number,
  ): Promise<Array<{ condition: Condition; matchedName: string }>>;
  /**
   * Batch form of `upsertCondition` for imports: one transaction, bulk statements. `actor` is
   * recorded as who last changed each written condition. Ids must be unique within the batch.
   */
  upsertConditions(conditions: Condition[], actor: string): Promise<UpsertCounts>;
  /** Every name of every condition in one query (feeds the name dictionary at start-up). */
  listNames(): Promise<NameRow[]>;
  listConditionIds(): Promise<ConditionId[]>;

  // articles
  /** Inserts or updates by id; a changed article gets a new version recorded with `actor` and `summary`. */
  upsertArticle(article: Article, actor: string, summary: string): Promise<UpsertResult>;
  /**
   * Batch form of `upsertArticle` for imports: one transaction, bulk statements; each new or changed
   * article gets a version row with `actor` and `summary`. Ids must be unique within the batch, and
   * every article's condition must exist (else `bad_input`, and nothing is written).
   */
  upsertArticles(articles: Article[], actor: string, summary: string): Promise<UpsertCounts>;
  getArticle(id: string): Promise<Article | null>;
  /** The articles with these ids, in the order asked; unknown ids are skipped. */
  getArticles(ids: readonly string[]): Promise<Article[]>;
  listArticlesByCondition(conditionId: ConditionId): Promise<Article[]>;
  /** Every article's header, in id order (for building the retrieval index at start-up). */
  listArticleHeaders(): Promise<ArticleHeader[]>;
  /** Every article, whole, in id order (for exports and benchmarks; start-up reads only headers). */
  listAllArticles(): Promise<Article[]>;
  listArticleVersions(articleId: string): Promise<ArticleVersion[]>;
  /** Articles whose `lastUpdated` is before `before` (ISO date), oldest first. */
  listStaleArticles(before: string, limit: number): Promise<Article[]>;

  // organizations
  upsertOrganization(org: Organization): Promise<UpsertResult>;
  getOrganization(id: string): Promise<Organization | null>;
  listOrganizations(): Promise<Organization[]>;
  listOrganizationsForCondition(conditionId: ConditionId): Promise<Organization[]>;

  stats(): Promise<KbStats>;
}

// ---- the desk: inquiries, replies, staff ----

export type InquiryStatus = 'new' | 'drafted' | 'in_review' | 'sent' | 'closed';
export type InquiryChannel = 'web' | 'email' | 'api';

export interface Inquiry {
  id: string;
  /** Public reference number shown to the person, e.g. `RD-2026-000123`. */
  reference: string;
  channel: InquiryChannel;
  receivedAt: string;
  name: string | null;
  email: string;
  subject: string;
  message: string;
  consent: boolean;
  status: InquiryStatus;
  assigneeId: string | null;
  analysis: Analysis | null;
  /** Email Message-ID for inquiries that arrived by mail (duplicates are skipped by it). */
  messageId: string | null;
  updatedAt: string;
}

export interface NewInquiry {
  channel: InquiryChannel;
  name: string | null;
  email: string;
  subject: string;
  message: string;
  consent: boolean;
  messageId?: string | null;
  receivedAt?: string;
}

export type ReplyStatus = 'draft' | 'queued' | 'sent' | 'failed';

export interface Reply {
  id: string;
  inquiryId: string;
  /** The letter as drafted by the engine. */
  draft: ReplyLetter;
  /** The letter as edited by the specialist (null until edited). */
  edited: ReplyLetter | null;
  status: ReplyStatus;
  sentAt: string | null;
  sentBy: string | null;
  lastError: string | null;
  /** Whether the sent letter differs from the draft. */
  editedBeforeSend: boolean;
  updatedAt: string;
}

export interface AuditEvent {
  id: number;
  inquiryId: string | null;
  at: string;
  /** Staff user id, or `system`/`public`. */
  actor: string;
  action: string;
  /** Free-text detail, never personal data. */
  detail: string | null;
}

export type StaffRole = 'specialist' | 'curator' | 'admin';

export interface StaffUser {
  id: string;
  email: string;
  name: string;
  role: StaffRole;
  passwordHash: string;
  failedLogins: number;
  lockedUntil: string | null;
  /** Bumped by "log out everywhere": sessions from an older generation are invalid. */
  sessionGeneration: number;
  createdAt: string;
}

export interface InquiryFilter {
  status?: InquiryStatus;
  conditionId?: ConditionId;
  questionType?: QuestionType;
  assigneeId?: string;
  limit?: number;
  offset?: number;
}

/** The answer part of a published question and answer. */
export interface PublishedAnswer {
  blocks: Block[];
  references: Reference[];
}

/** A question answered at the desk and published (without the person's details) for a condition. */
export interface PublishedQa {
  id: number;
  inquiryId: string;
  conditionId: ConditionId;
  /** The question as published: rewritten so that nothing identifies the person. */
  question: string;
  answer: PublishedAnswer;
  publishedAt: string;
  /** Staff user id. */
  publishedBy: string;
}

export interface DeskStore {
  createInquiry(input: NewInquiry): Promise<Inquiry>;
  getInquiry(id: string): Promise<Inquiry | null>;
  getInquiryByReference(reference: string): Promise<Inquiry | null>;
  getInquiryByMessageId(messageId: string): Promise<Inquiry | null>;
  /** Oldest first. */
  listInquiries(filter: InquiryFilter): Promise<Inquiry[]>;
  updateInquiry(
    id: string,
    patch: Partial<Pick<Inquiry, 'status' | 'assigneeId' | 'analysis'>>,
  ): Promise<Inquiry>;
  /** Sets the assignee only if nobody holds it (or `force`); throws `conflict` otherwise. */
  claimInquiry(id: string, userId: string, force: boolean): Promise<Inquiry>;

  /**
   * Creates or replaces the inquiry's reply (one per inquiry). Throws `conflict` when the stored
   * reply was already sent, `not_found` when the inquiry does not exist.
   */
  saveReply(reply: Omit<Reply, 'id' | 'updatedAt'> & { id?: string }): Promise<Reply>;
  getReplyForInquiry(inquiryId: string): Promise<Reply | null>;
  /** Atomically moves a reply from queued/failed/draft to `sent`; returns false if it was already sent. */
  markReplySent(replyId: string, sentBy: string, sentAt: string): Promise<boolean>;

  addAudit(event: Omit<AuditEvent, 'id' | 'at'> & { at?: string }): Promise<void>;
  listAudit(inquiryId: string): Promise<AuditEvent[]>;

  createUser(
    user: Omit<StaffUser, 'id' | 'createdAt' | 'failedLogins' | 'lockedUntil' | 'sessionGeneration'>,
  ): Promise<StaffUser>;
  getUser(id: string): Promise<StaffUser | null>;
  /** Emails are compared case-insensitively (stored lower-cased). */
  getUserByEmail(email: string): Promise<StaffUser | null>;
  listUsers(): Promise<StaffUser[]>;
  updateUser(id: string, patch: Partial<Omit<StaffUser, 'id' | 'createdAt'>>): Promise<StaffUser>;

  /** Publishes a question and answer for a condition (`bad_input` if the inquiry or condition is unknown). */
  publishQa(qa: Omit<PublishedQa, 'id' | 'publishedAt'> & { publishedAt?: string }): Promise<PublishedQa>;
  /** The condition's published questions and answers, newest first. */
  listPublishedQa(conditionId: ConditionId): Promise<PublishedQa[]>;
}

/** A whole store: the knowledge base and the desk, in one database. */
export interface Store extends KnowledgeStore, DeskStore {
  /**
   * Runs `fn` in one transaction: all of it lands, or none (an error thrown by `fn` rolls back and is
   * rethrown). Use only `tx` inside `fn`: on SQLite the outer store waits for the transaction to end.
   * Called on a store that is already a transaction, `fn` joins that transaction.
   */
  transaction<T>(fn: (tx: Store) => Promise<T>): Promise<T>;
  close(): Promise<void>;
  readonly dialect: 'sqlite' | 'postgres';
}
