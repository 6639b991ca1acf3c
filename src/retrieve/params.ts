/**
 * Every tunable number of retrieval, in one place. Change them here (and re-run
 * `npx tsx bench/answer.ts` and `raredesk eval liveqa`), nowhere else.
 */
import type { QuestionType } from '../kb/question-types.js';

export interface FieldParams {
  /** How much a match in this field counts relative to the others. */
  weight: number;
  /** Length normalization in [0, 1]: 0 ignores field length, 1 fully normalizes by it. */
  b: number;
}

/** BM25F parameters for an index over fields `F`. */
export interface BM25Params<F extends string> {
  /** Term-frequency saturation: higher lets repeated terms count longer. */
  k1: number;
  fields: Record<F, FieldParams>;
}

/**
 * The fields of the article index: the article's question and its condition's names. Answer text is
 * not indexed: many articles (ADAM, Drugs, Herbs) have none, and with it as a third field our
 * development set and the re-phrased MedQuAD questions rank the same (see BENCHMARKS.md).
 */
export type ArticleField = 'question' | 'focus';

export interface RetrievalParams {
  bm25: BM25Params<ArticleField>;
  /**
   * Weights of the four features of the combined score (they sum to 1, so the score is in [0, 1]):
   * focus match, question-type match, question-to-question similarity, and BM25 text similarity.
   */
  weights: { focus: number; type: number; q2q: number; text: number };
  /** Focus feature when the article's condition is a synonym/cross-reference twin of the recognized one. */
  focusEquivalent: number;
  /**
   * Focus feature when the article's condition and the recognized one share a name (one's preferred name
   * is a name of the other): ranked up, but never answered with in a letter (it may be a subtype).
   */
  focusSharedName: number;
  /**
   * When the recognized condition (and its twins) has no article of the asked type, a condition sharing a
   * name with it counts as the same condition (focus `focusEquivalent`, and may answer): it is the other
   * collection's record of it ("GERD" in MedlinePlus's topics has only a summary; "Gastroesophageal reflux
   * disease", which lists GERD among its names, has the treatment section).
   */
  sharedNameFillsGap: boolean;
  /**
   * A term is part of how a question type is phrased (`typeTemplates`, the type placeholder of q2q) when
   * at least this share of that type's questions contain it, besides their condition's names. Our
   * messages, the development set and the re-phrased MedQuAD questions rank the same from 0.15 to 0.4.
   */
  typeTemplateShare: number;
  /** Focus feature when no condition was recognized but all words of one of the article's condition names are in the question. */
  focusNamedInText: number;
  /**
   * Final order of a sub-question's candidates: reciprocal rank fusion (`fuseRankings`) of the ranking by
   * combined score (weight 1) and the ranking by question + focus BM25 alone (weight `textWeight`, or
   * `textWeightWithoutFocus` when no condition was recognized: then the plain BM25 over question and
   * condition names is the safer guide); `k` damps the difference between top ranks. The combined score
   * stays the confidence.
   */
  fusion: { k: number; textWeight: number; textWeightWithoutFocus: number };
  /**
   * BM25 candidates considered per sub-question (besides every article of the recognized conditions).
   * Our development set and the re-phrased MedQuAD questions rank the same with 50, 100 and 200; the
   * cost of a query grows with it.
   */
  bm25Candidates: number;
  /**
   * Confidence threshold on the combined score: below it a section says that no curated answer was
   * found. Calibrated by `calibrateThreshold` (src/retrieve/calibration.ts) on re-phrased MedQuAD
   * questions and off-topic questions (`npx tsx bench/answer.ts`): the highest value of least cost,
   * the cautious end of the range that costs as little; see BENCHMARKS.md ("Answers"). Since q2q's type
   * placeholder, 0.60–0.75 cost what 0.53–0.65 cost before, and 0.79 alone costs one less by a single
   * question (one wrong article fewer, two more left to a specialist): not moved for one question.
   */
  threshold: number;
  /**
   * Weight of a sub-question's type confidence in the ranking across a message's sub-questions
   * (`messageScore`). Set on our own messages (test/retrieve/message-eval.ts): 0.3, 0.5 and 1 rank the
   * same, one message better than 0 (which ranks by score alone).
   */
  subquestionConfidence: number;
  /** Partial answers: at most this many sentences, each scoring at least `partialMinSentenceScore`. */
  partialMaxSentences: number;
  partialMinSentenceScore: number;
}

export const DEFAULT_PARAMS: RetrievalParams = {
  bm25: {
    k1: 1.2,
    fields: {
      question: { weight: 1.0, b: 0.5 },
      focus: { weight: 1.5, b: 0.3 },
    },
  },
  weights: { focus: 0.4, type: 0.25, q2q: 0.2, text: 0.15 },
  focusEquivalent: 0.9,
  focusSharedName: 0.7,
  sharedNameFillsGap: true,
  typeTemplateShare: 0.25,
  focusNamedInText: 0.7,
  fusion: { k: 10, textWeight: 0.25, textWeightWithoutFocus: 1 },
  bm25Candidates: 100,
  threshold: 0.65,
  subquestionConfidence: 0.5,
  partialMaxSentences: 3,
  partialMinSentenceScore: 1,
};

/**
 * How well an article of type `article` answers a question of type `asked`, in [0, 1]
 * (1 on the diagonal). Off-diagonal values are the pairs whose answers usually address each other:
 * genetic changes explain cause and inheritance, the outlook discusses complications, and so on.
 * Anything else scores 0 except the general `information` article, which partly answers anything.
 */
export const TYPE_AFFINITY: Partial<Record<QuestionType, Partial<Record<QuestionType, number>>>> = {
  cause: { genetic_changes: 0.6, inheritance: 0.3, susceptibility: 0.4 },
  genetic_changes: { cause: 0.6, inheritance: 0.5 },
  inheritance: { genetic_changes: 0.5, cause: 0.3, susceptibility: 0.3 },
  susceptibility: { cause: 0.4, prevention: 0.3, frequency: 0.3 },
  frequency: { susceptibility: 0.3 },
  treatment: { drug_usage: 0.4, prognosis: 0.3, lifestyle: 0.3, research: 0.3 },
  prognosis: { complications: 0.5, treatment: 0.2 },
  complications: { prognosis: 0.5, symptoms: 0.3, side_effects: 0.4 },
  symptoms: { diagnosis: 0.3, complications: 0.3 },
  diagnosis: { symptoms: 0.3 },
  prevention: { susceptibility: 0.3, cause: 0.3 },
  research: { treatment: 0.3 },
  lifestyle: { treatment: 0.3, prognosis: 0.2 },
  side_effects: { contraindications: 0.3, interactions: 0.3, complications: 0.3 },
  interactions: { contraindications: 0.5, side_effects: 0.3 },
  contraindications: { interactions: 0.5, side_effects: 0.3 },
  drug_usage: { indication: 0.4, treatment: 0.3 },
  indication: { drug_usage: 0.4, information: 0.6 },
  ingredients: { indication: 0.3 },
};

/** Share of a perfect type match that the general `information` article earns for any other type. */
export const INFORMATION_FALLBACK = 0.3;

/**
 * Word beginnings that mark a sentence as answering a question of a type (used to find partial
 * answers in other articles of the same condition). Matched against the start of each word.
 */
export const TYPE_CUES: Partial<Record<QuestionType, string[]>> = {
  treatment: [
    'treat',
    'therap',
    'surg',
    'medicat',
    'drug',
    'manag',
    'cure',
    'transplant',
    'inject',
    'rehabilit',
    'reconstruct',
  ],
  symptoms: ['symptom', 'sign', 'feature', 'characteriz', 'pain'],
  cause: ['cause', 'caused', 'mutation', 'gene', 'due', 'trigger', 'unknown'],
  inheritance: ['inherit', 'autosomal', 'recessive', 'dominant', 'linked', 'sporadic', 'familial'],
  genetic_changes: ['gene', 'mutation', 'variant', 'chromosom', 'delet', 'duplicat'],
  frequency: ['prevalen', 'incidence', 'estimat', 'rare', 'common', 'births'],
  diagnosis: ['diagnos', 'test', 'exam', 'imaging', 'biops', 'confirm', 'screen'],
  prognosis: ['prognos', 'outlook', 'expectancy', 'progress', 'surviv', 'stabiliz', 'worsen'],
  complications: ['complicat', 'lead', 'risk'],
  prevention: ['prevent', 'avoid', 'reduc'],
  research: ['research', 'stud', 'trial', 'investigat'],
};
