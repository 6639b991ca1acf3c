/**
 * The knowledge base's domain model. Every stage of the pipeline speaks these types;
 * the store persists them and nothing else.
 */
import type { QuestionType } from './question-types.js';

/** `GARD:<n>` when the condition has a GARD id, else `UMLS:<CUI>`, else `RD:<slug>` (the project's own). */
export type ConditionId = string;

/** What kind of thing a "condition" record is: people ask about diseases, but also drugs, supplements, tests. */
export type ConditionKind = 'disease' | 'drug' | 'supplement' | 'test' | 'other';

/**
 * Where a name came from. `medquad-gene`: a gene symbol that a GHR answer names as the condition's cause
 * ("Mutations in the FBN1 gene cause Marfan syndrome"); it names the condition's gene, not the condition, so
 * it is matched only as a gene ("an FBN1 variant") and listed apart from the other names.
 */
export type NameSource = 'gard' | 'medquad-focus' | 'medquad-synonym' | 'medquad-gene' | 'curated';

export interface ConditionName {
  name: string;
  source: NameSource;
  /** `preferred` for the condition's display name, `abbreviation` for short all-caps forms. */
  kind: 'preferred' | 'synonym' | 'abbreviation';
}

export type XrefDb = 'GARD' | 'UMLS' | 'ORPHA' | 'OMIM' | 'MONDO';

export interface Xref {
  db: XrefDb;
  id: string;
}

export interface Condition {
  id: ConditionId;
  preferredName: string;
  kind: ConditionKind;
  /** Every name, the preferred one included. */
  names: ConditionName[];
  xrefs: Xref[];
  categories: string[];
  /** Short definition from the catalog, when it has one. */
  definition: string | null;
  updatedAt: string;
}

/**
 * A piece of answer text. Inline citation markers are written `[n]` inside text and
 * refer to the article's `references[n-1]`.
 */
export type Block =
  | { type: 'paragraph'; text: string }
  | { type: 'heading'; text: string }
  | { type: 'list'; ordered: boolean; items: string[] }
  | { type: 'table'; header: string[]; rows: string[][] };

export interface Reference {
  authors: string | null;
  title: string;
  journal: string | null;
  /** Publication date as written in the source (ISO when known). */
  date: string | null;
  volume: string | null;
  issue: string | null;
  pages: string | null;
  pmid: string | null;
  url: string | null;
}

/** Where an article came from, so every answer shown stays traceable. */
export interface Provenance {
  /** `MedQuAD` for imported content, `raredesk` for content written by the desk's curators. */
  source: 'MedQuAD' | 'raredesk';
  /** MedQuAD collection prefix (`GARD`, `GHR`, `CancerGov`, ...) or `curated`. */
  collection: string;
  /** MedQuAD answer id in judged-answer form, e.g. `GARD_0005086_Sec3`; null for curated content. */
  externalId: string | null;
  /** Source file relative to the data folder (MedQuAD document ids are not unique across files). */
  file: string | null;
  /** Original page (the NIH site the answer came from). */
  url: string | null;
  license: string;
  /** When the source was read (ISO date). */
  retrievedAt: string;
}

export type ReviewStatus = 'imported' | 'draft' | 'needs_review' | 'approved';

/** One row of a symptom table (Human Phenotype Ontology lists in GARD symptom answers). */
export interface Phenotype {
  name: string;
  /** As written in the source: `90%`, `7.5%`, `25/25`; null when unknown. */
  frequency: string | null;
  /** The frequency as a fraction in [0, 1]; null when unknown. */
  frequencyValue: number | null;
}

export interface Article {
  /** MedQuAD answer id for imported content (`GARD_0005086_Sec3`, made unique with the file when needed), `RD-<n>` for curated. */
  id: string;
  conditionId: ConditionId;
  questionType: QuestionType;
  /** The source's own question type label (MedQuAD `qtype`), kept for traceability. */
  sourceQuestionType: string | null;
  /** Canonical question, e.g. "How might progressive hemifacial atrophy be treated?" */
  question: string;
  /** Answer body; empty when `hasAnswer` is false. */
  blocks: Block[];
  /** False for collections whose answer text was removed (ADAM, Drugs, Herbs): show a pointer to the source page instead. */
  hasAnswer: boolean;
  references: Reference[];
  phenotypes: Phenotype[];
  provenance: Provenance;
  /** Date the content was last changed (ISO date). */
  lastUpdated: string;
  reviewStatus: ReviewStatus;
  version: number;
}

/**
 * What the in-memory indexes keep of an article: enough to rank it and name it. The body, references
 * and provenance are read from the store when an article is shown (`Store.getArticles`).
 */
export interface ArticleHeader {
  id: string;
  conditionId: ConditionId;
  questionType: QuestionType;
  question: string;
  hasAnswer: boolean;
  /** `provenance.externalId`: the MedQuAD answer id for imported content. */
  externalId: string | null;
}

export interface ArticleVersion {
  articleId: string;
  version: number;
  changedBy: string;
  changedAt: string;
  summary: string;
  /** The article as it was after this change. */
  snapshot: Article;
}

export type OrganizationKind =
  'patient_organization' | 'expert_center' | 'directory' | 'registry' | 'government' | 'other';

export interface Organization {
  id: string;
  name: string;
  kind: OrganizationKind;
  email: string | null;
  phone: string | null;
  website: string | null;
  country: string | null;
  description: string | null;
  conditionIds: ConditionId[];
  updatedAt: string;
}
