/**
 * Conversions between the domain model (src/kb/types.ts, src/store/types.ts) and table rows.
 * Pure functions: no database access here.
 */
import type { Selectable } from 'kysely';
import type {
  Article,
  ArticleVersion,
  Condition,
  ConditionKind,
  ConditionName,
  Organization,
  OrganizationKind,
  Xref,
  XrefDb,
} from '../../kb/types.js';
import type { Analysis } from '../../understand/types.js';
import type { ReplyLetter } from '../../compose/types.js';
import type {
  AuditEvent,
  Inquiry,
  InquiryChannel,
  InquiryStatus,
  PublishedAnswer,
  PublishedQa,
  Reply,
  ReplyStatus,
  StaffRole,
  StaffUser,
} from '../types.js';
import type {
  ArticleTable,
  ArticleVersionTable,
  AuditEventTable,
  ConditionTable,
  InquiryTable,
  OrganizationTable,
  PublishedQaTable,
  ReplyTable,
  StaffUserTable,
} from './schema.js';
import { contentHash, normalizeName, parseJson, stableStringify } from './text.js';

// ---- conditions ----

/** A condition's content for change detection: everything but `updatedAt`. */
export function conditionHash(condition: Condition): string {
  return contentHash({ ...condition, updatedAt: undefined });
}

export function conditionRow(condition: Condition, actor: string): ConditionTable {
  return {
    id: condition.id,
    preferred_name: condition.preferredName,
    kind: condition.kind,
    definition: condition.definition,
    content_hash: conditionHash(condition),
    updated_at: condition.updatedAt,
    updated_by: actor,
  };
}

export function conditionNameRows(condition: Condition) {
  return condition.names.map((n, position) => ({
    condition_id: condition.id,
    position,
    name: n.name,
    normalized: normalizeName(n.name),
    source: n.source,
    kind: n.kind,
  }));
}

export function xrefRows(condition: Condition) {
  return condition.xrefs.map((x, position) => ({
    condition_id: condition.id,
    position,
    db: x.db,
    external_id: x.id,
  }));
}

export function categoryRows(condition: Condition) {
  return condition.categories.map((name, position) => ({
    condition_id: condition.id,
    position,
    name,
  }));
}

/** Child rows of one condition, already in `position` order. */
export interface ConditionChildren {
  names: Array<{ name: string; source: string; kind: string }>;
  xrefs: Array<{ db: string; external_id: string }>;
  categories: Array<{ name: string }>;
}

export function conditionFromRows(row: Selectable<ConditionTable>, children: ConditionChildren): Condition {
  return {
    id: row.id,
    preferredName: row.preferred_name,
    kind: row.kind as ConditionKind,
    names: children.names.map((n): ConditionName => ({
      name: n.name,
      source: n.source as ConditionName['source'],
      kind: n.kind as ConditionName['kind'],
    })),
    xrefs: children.xrefs.map((x): Xref => ({ db: x.db as XrefDb, id: x.external_id })),
    categories: children.categories.map((c) => c.name),
    definition: row.definition,
    updatedAt: row.updated_at,
  };
}

// ---- articles ----

/**
 * An article's content as canonical JSON: everything but `version`, keys sorted. Its hash tells
 * whether the article changed, and it is what a version row keeps as the snapshot.
 */
export function articleContent(article: Article): string {
  return stableStringify({ ...article, version: undefined });
}

/** The row of an article; `content` is its `articleContent`, `hash` the hash of that. */
export function articleRow(article: Article, version: number, content: string, hash: string): ArticleTable {
  const p = article.provenance;
  return {
    id: article.id,
    condition_id: article.conditionId,
    question_type: article.questionType,
    source_question_type: article.sourceQuestionType,
    question: article.question,
    has_answer: article.hasAnswer ? 1 : 0,
    source: p.source,
    collection: p.collection,
    external_id: p.externalId,
    file: p.file,
    url: p.url,
    license: p.license,
    retrieved_at: p.retrievedAt,
    last_updated: article.lastUpdated,
    review_status: article.reviewStatus,
    version,
    content_hash: hash,
    content_json: content,
  };
}

export function phenotypeRows(article: Article) {
  return article.phenotypes.map((ph, position) => ({
    article_id: article.id,
    position,
    condition_id: article.conditionId,
    name: ph.name,
    frequency: ph.frequency,
    frequency_value: ph.frequencyValue,
  }));
}

/** The columns an article is read from. */
export const ARTICLE_COLUMNS = ['content_json', 'version'] as const;

export function articleFromRow(row: { content_json: string; version: number }): Article {
  // The parsed object is new and ours: set the version on it rather than copying every field.
  const article = parseJson<Omit<Article, 'version'> & { version?: number }>(row.content_json);
  article.version = Number(row.version);
  return article as Article;
}

export function articleVersionFromRow(row: Selectable<ArticleVersionTable>): ArticleVersion {
  return {
    articleId: row.article_id,
    version: Number(row.version),
    changedBy: row.changed_by,
    changedAt: row.changed_at,
    summary: row.summary,
    // The snapshot is stored without its version number (see `articleContent`).
    snapshot: articleFromRow({ content_json: row.snapshot_json, version: row.version }),
  };
}

// ---- organizations ----

/** An organization's content for change detection: everything but `updatedAt`. */
export function organizationHash(org: Organization): string {
  return contentHash({ ...org, updatedAt: undefined });
}

export function organizationRow(org: Organization): OrganizationTable {
  return {
    id: org.id,
    name: org.name,
    kind: org.kind,
    email: org.email,
    phone: org.phone,
    website: org.website,
    country: org.country,
    description: org.description,
    content_hash: organizationHash(org),
    updated_at: org.updatedAt,
  };
}

export function organizationFromRow(
  row: Selectable<OrganizationTable>,
  conditionIds: string[],
): Organization {
  return {
    id: row.id,
    name: row.name,
    kind: row.kind as OrganizationKind,
    email: row.email,
    phone: row.phone,
    website: row.website,
    country: row.country,
    description: row.description,
    conditionIds,
    updatedAt: row.updated_at,
  };
}

// ---- the desk ----

export function inquiryFromRow(row: Selectable<InquiryTable>): Inquiry {
  return {
    id: row.id,
    reference: row.reference,
    channel: row.channel as InquiryChannel,
    receivedAt: row.received_at,
    name: row.name,
    email: row.email,
    subject: row.subject,
    message: row.message,
    consent: row.consent === 1,
    status: row.status as InquiryStatus,
    assigneeId: row.assignee_id,
    analysis: row.analysis_json === null ? null : parseJson<Analysis>(row.analysis_json),
    messageId: row.message_id,
    updatedAt: row.updated_at,
  };
}

export function replyFromRow(row: Selectable<ReplyTable>): Reply {
  return {
    id: row.id,
    inquiryId: row.inquiry_id,
    draft: parseJson<ReplyLetter>(row.draft_json),
    edited: row.edited_json === null ? null : parseJson<ReplyLetter>(row.edited_json),
    status: row.status as ReplyStatus,
    sentAt: row.sent_at,
    sentBy: row.sent_by,
    lastError: row.last_error,
    editedBeforeSend: row.edited_before_send === 1,
    updatedAt: row.updated_at,
  };
}

export function auditFromRow(row: Selectable<AuditEventTable>): AuditEvent {
  return {
    id: Number(row.id),
    inquiryId: row.inquiry_id,
    at: row.at,
    actor: row.actor,
    action: row.action,
    detail: row.detail,
  };
}

export function userFromRow(row: Selectable<StaffUserTable>): StaffUser {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    role: row.role as StaffRole,
    passwordHash: row.password_hash,
    failedLogins: Number(row.failed_logins),
    lockedUntil: row.locked_until,
    sessionGeneration: Number(row.session_generation),
    createdAt: row.created_at,
  };
}

export function publishedQaFromRow(row: Selectable<PublishedQaTable>): PublishedQa {
  return {
    id: Number(row.id),
    inquiryId: row.inquiry_id,
    conditionId: row.condition_id,
    question: row.question,
    answer: parseJson<PublishedAnswer>(row.answer_json),
    publishedAt: row.published_at,
    publishedBy: row.published_by,
  };
}
