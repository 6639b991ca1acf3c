/**
 * The one place where raredesk is wired together: the store, the understanding and retrieval
 * indexes, and the letter composer. The web server, the staff console and the CLI are thin shells
 * over an `App`; none of the engine code knows about HTTP or the terminal.
 */
import type { Config } from './config.js';
import type { Store } from './store/types.js';
import type { Analysis, AnalyzeOptions } from './understand/types.js';
import type { LetterFormat, ReplyLetter } from './compose/types.js';
import type { Condition } from './kb/types.js';

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
  render(letter: ReplyLetter, format: LetterFormat): string;
  /** Conditions by any of their names, typo-tolerant, best first. */
  searchConditions(query: string, limit: number): ConditionHit[];
  /** Conditions whose symptom lists best match symptoms described in the person's own words. */
  searchSymptoms(text: string, limit: number): SymptomMatch[];
  /** Rebuilds the in-memory indexes after the knowledge base changed. */
  reload(): Promise<void>;
  close(): Promise<void>;
}
