/**
 * Retrieval's public door: the in-memory article index, the per-section plan, and the scoring
 * functions and parameters (for the benchmark and calibration).
 */
import type { NameRow } from '../store/index.js';
import type { RetrievalCondition } from './retriever.js';

export { Retriever, blocksText, isUsableAnswer } from './retriever.js';
export { ArticleBodies } from './bodies.js';
export type { RetrievalCondition, SubQuery, Evidence } from './retriever.js';
export { planSection, planSections, rankMessage, subQuery, bestCandidate } from './plan.js';
export type { PlanKind, SectionPlan } from './plan.js';
export { DEFAULT_PARAMS, TYPE_AFFINITY, TYPE_CUES } from './params.js';
export type { RetrievalParams, BM25Params, FieldParams, ArticleField } from './params.js';
export {
  combinedScore,
  messageScore,
  namedSentenceScore,
  focusScore,
  fuseRankings,
  typeScore,
  q2qScore,
  typeTemplates,
  textScore,
  sentenceScore,
} from './score.js';
export type { Features, FocusRelation } from './score.js';
export { Bm25Index } from './bm25.js';
export type { Bm25Hit } from './bm25.js';
export { terms, termSet, words, stem, sentences } from './text.js';
export { calibrateThreshold, perturbedQuestions, OFF_TOPIC_QUESTIONS } from './calibration.js';
export type { CalibrationCase, CalibrationResult } from './calibration.js';

/** Retrieval's view of conditions, from the store's flat name rows (abbreviations kept apart). */
export function retrievalConditions(rows: readonly NameRow[]): RetrievalCondition[] {
  const byId = new Map<string, RetrievalCondition>();
  for (const row of rows) {
    let c = byId.get(row.conditionId);
    if (!c)
      byId.set(
        row.conditionId,
        (c = {
          id: row.conditionId,
          preferredName: row.preferredName,
          names: [],
          abbreviations: [],
          xrefs: [],
        }),
      );
    if (row.kind !== 'abbreviation') c.names.push(row.name);
    else c.abbreviations?.push(row.name);
  }
  return [...byId.values()];
}

export {
  searchConditions,
  buildConditionCatalog,
  conditionSummary,
  oneLineSummary,
  NAME_SEARCH_PARAMS,
} from './names.js';
export type { NameLookup, ConditionCatalog } from './names.js';
export {
  searchSymptoms,
  buildSymptomIndex,
  splitSymptoms,
  phraseReadings,
  SYMPTOM_PARAMS,
  LAY_TERMS,
} from './symptoms.js';
export type { SymptomIndex } from './symptoms.js';
