/**
 * The tables as Kysely sees them (one interface per table, column names as in SQL).
 *
 * Portable column conventions, the same on every database:
 * - timestamps and dates are ISO-8601 text (they sort as text);
 * - booleans are integers 0/1;
 * - structured values (answer blocks, references, analyses, letters) are JSON text;
 * - ordered child rows (names, cross-references, ...) carry a `position` so they read back in order.
 */
import type { Generated } from 'kysely';

export interface ConditionTable {
  id: string;
  preferred_name: string;
  kind: string;
  definition: string | null;
  /** Hash of the condition's content (everything but `updatedAt`), for cheap change detection. */
  content_hash: string;
  updated_at: string;
  updated_by: string;
}

export interface ConditionNameTable {
  condition_id: string;
  position: number;
  name: string;
  /** Lower-case, accents and punctuation removed: what lookups compare (see `normalizeName`). */
  normalized: string;
  source: string;
  kind: string;
}

export interface XrefTable {
  condition_id: string;
  position: number;
  db: string;
  external_id: string;
}

export interface CategoryTable {
  condition_id: string;
  position: number;
  name: string;
}

/**
 * An article is stored whole in `content_json` (canonical JSON of everything but `version`: blocks,
 * references, phenotypes, provenance, ...), which is what reading it parses. The other columns are
 * copies of single fields, written from the same article, for filtering, sorting and counting.
 */
export interface ArticleTable {
  id: string;
  condition_id: string;
  question_type: string;
  source_question_type: string | null;
  question: string;
  has_answer: number;
  source: string;
  collection: string;
  external_id: string | null;
  file: string | null;
  url: string | null;
  license: string;
  retrieved_at: string;
  last_updated: string;
  review_status: string;
  version: number;
  /** Hash of `content_json`, for cheap change detection. */
  content_hash: string;
  content_json: string;
}

export interface PhenotypeTable {
  article_id: string;
  position: number;
  condition_id: string;
  name: string;
  frequency: string | null;
  frequency_value: number | null;
}

export interface ArticleVersionTable {
  article_id: string;
  version: number;
  changed_by: string;
  changed_at: string;
  summary: string;
  snapshot_json: string;
}

export interface OrganizationTable {
  id: string;
  name: string;
  kind: string;
  email: string | null;
  phone: string | null;
  website: string | null;
  country: string | null;
  description: string | null;
  content_hash: string;
  updated_at: string;
}

export interface OrganizationConditionTable {
  organization_id: string;
  condition_id: string;
  position: number;
}

export interface StaffUserTable {
  id: string;
  email: string;
  name: string;
  role: string;
  password_hash: string;
  failed_logins: number;
  locked_until: string | null;
  session_generation: number;
  created_at: string;
}

export interface InquiryTable {
  id: string;
  reference: string;
  channel: string;
  received_at: string;
  name: string | null;
  email: string;
  subject: string;
  message: string;
  consent: number;
  status: string;
  assignee_id: string | null;
  analysis_json: string | null;
  message_id: string | null;
  updated_at: string;
}

/** The conditions an inquiry's analysis found (kept in step with `analysis_json`, for filtering). */
export interface InquiryConditionTable {
  inquiry_id: string;
  condition_id: string;
}

/** The question types an inquiry's analysis found (kept in step with `analysis_json`, for filtering). */
export interface InquiryQuestionTypeTable {
  inquiry_id: string;
  question_type: string;
}

export interface ReplyTable {
  id: string;
  inquiry_id: string;
  draft_json: string;
  edited_json: string | null;
  status: string;
  sent_at: string | null;
  sent_by: string | null;
  last_error: string | null;
  edited_before_send: number;
  updated_at: string;
}

export interface AuditEventTable {
  id: Generated<number>;
  inquiry_id: string | null;
  at: string;
  actor: string;
  action: string;
  detail: string | null;
}

export interface PublishedQaTable {
  id: Generated<number>;
  inquiry_id: string;
  condition_id: string;
  question: string;
  answer_json: string;
  published_at: string;
  published_by: string;
}

/** Named counters (e.g. the yearly inquiry reference sequence). */
export interface CounterTable {
  name: string;
  value: number;
}

export interface Database {
  conditions: ConditionTable;
  condition_names: ConditionNameTable;
  xrefs: XrefTable;
  categories: CategoryTable;
  articles: ArticleTable;
  phenotypes: PhenotypeTable;
  article_versions: ArticleVersionTable;
  organizations: OrganizationTable;
  organization_conditions: OrganizationConditionTable;
  staff_users: StaffUserTable;
  inquiries: InquiryTable;
  inquiry_conditions: InquiryConditionTable;
  inquiry_question_types: InquiryQuestionTypeTable;
  replies: ReplyTable;
  audit_events: AuditEventTable;
  published_qa: PublishedQaTable;
  counters: CounterTable;
}
