/** What `analyze()` returns: the stable interface other tools depend on. */
import type { ConditionId, ConditionKind } from '../kb/types.js';
import type { QuestionType } from '../kb/question-types.js';

export interface Focus {
  conditionId: ConditionId;
  /** The condition's preferred name. */
  name: string;
  kind: ConditionKind;
  /** The words of the message (or subject) that matched. */
  text: string;
  /** Character offsets into `message` ([start, end)); for a match in the subject, offsets into the subject with `inSubject` true. */
  start: number;
  end: number;
  inSubject?: boolean;
  /** Confidence in [0, 1]. */
  score: number;
  /** How it matched: exact name, abbreviation, fuzzy (misspelling), or a reference ("this condition"). */
  match: 'exact' | 'abbreviation' | 'fuzzy' | 'reference';
}

export interface SubQuestion {
  type: QuestionType;
  /** The condition the sub-question is about; null when the message names none. */
  focus: ConditionId | null;
  /** Second condition for `association` questions. */
  secondFocus?: ConditionId | null;
  /** The person's own words. */
  text: string;
  /** Canonical restatement, e.g. "How might progressive hemifacial atrophy be treated?" */
  question: string;
  /** Classifier confidence in [0, 1]. */
  confidence: number;
}

export interface Analysis {
  foci: Focus[];
  subquestions: SubQuestion[];
  /** Background sentences kept because they matter to the answer ("my son is 4"). */
  background: string[];
  /**
   * Names of conditions the knowledge base does not hold ("hand foot and mouth disease"), in the message
   * or the subject line; present only when there are any (see unrecognized.ts).
   */
  unrecognized?: UnrecognizedName[];
}

/** A condition-like name that no condition of the knowledge base has, or a medicine's name it lacks. */
export interface UnrecognizedName {
  /** The words as written. */
  text: string;
  /** Character offsets into `message`, or into the subject line with `inSubject` true ([start, end)). */
  start: number;
  end: number;
  inSubject?: boolean;
  /** A medicine by its name's ending ("nusinersen"), not a condition. */
  medicine?: boolean;
}

export interface AnalyzeOptions {
  subject?: string;
}
