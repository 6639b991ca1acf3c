/** The reply letter: what `answer()` returns, rendered to text, Markdown, HTML or JSON. */
import type { Block, ConditionId, Organization, Reference } from '../kb/types.js';
import type { QuestionType } from '../kb/question-types.js';
import type { Analysis } from '../understand/types.js';

/** Why an article was chosen, so a specialist can see it. */
export interface RankReason {
  focusMatched: boolean;
  typeMatched: boolean;
  /** Query terms that matched the article's text. */
  terms: string[];
}

export interface RankedArticle {
  articleId: string;
  score: number;
  type: QuestionType;
  conditionId: ConditionId;
  question: string;
  reasons: RankReason;
}

export type SectionFlag =
  | 'no_answer' // nothing in the knowledge base fits: a specialist must write this section
  | 'partial' // the typed article is missing; sentences from other articles of the condition were used
  | 'pointer_only' // the source's text is not in the knowledge base; the section points to the source page
  | 'no_focus' // the message names no condition we know
  | 'unknown_medicine'; // the question names a medicine the knowledge base does not hold

/** A citation as numbered across the whole letter. */
export interface LetterReference extends Reference {
  /** 1-based number in the letter's reference list. */
  n: number;
  /** For imported content: the collection and license of the source page. */
  collection: string | null;
  license: string | null;
}

export interface LetterSection {
  type: QuestionType;
  focus: ConditionId | null;
  /** Canonical question used as heading. */
  heading: string;
  /** The person's own words for this sub-question. */
  askedText: string;
  /** Answer blocks, citation markers renumbered to the letter's reference list. */
  blocks: Block[];
  organizations: Organization[];
  /** Article ids the section draws on, best first. */
  articleIds: string[];
  candidates: RankedArticle[];
  flags: SectionFlag[];
  /** Date of the newest article used (ISO), or null. */
  lastUpdated: string | null;
}

export interface ReplyLetter {
  /** The condition's name (or the person's subject when no condition was recognized). */
  title: string;
  centerName: string;
  /** The person's message, as written. */
  question: string;
  sections: LetterSection[];
  closing: string;
  signature: string;
  disclaimer: string;
  references: LetterReference[];
  analysis: Analysis;
  /** True when any section needs a specialist (flags `no_answer`, `partial`, `no_focus` or `unknown_medicine`). */
  needsReview: boolean;
  generatedAt: string;
}

export type LetterFormat = 'text' | 'markdown' | 'html' | 'json';
