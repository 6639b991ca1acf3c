/**
 * The importers' public door: building the knowledge base from MedQuAD and the GARD catalog.
 * See README.md in this folder for how it works and how to add an importer.
 */
export { importKnowledgeBase } from './importer.js';
export type {
  ImportOptions,
  ImportProgress,
  ImportSummary,
  CollectionSummary,
  SkippedFile,
} from './importer.js';
export { ensureKnowledgeBase } from './ensure.js';
export { progressBar, formatImportSummary, formatTable } from './report.js';
export {
  locateData,
  downloadSources,
  DEFAULT_GARD_URL,
  DEFAULT_MEDQUAD_URL,
  SHARED_SNAPSHOT,
} from './sources.js';
export type { DataLocation, SnapshotDates } from './sources.js';
export {
  MEDQUAD_COLLECTIONS,
  collectionForFolder,
  parseMedquadXml,
  medquadArticles,
  convertAnswer,
  gardIdFromUrl,
  genesNamedAsCause,
} from './medquad.js';
export type { MedquadCollection, MedquadDocument, MedquadPair } from './medquad.js';
export { parseGardTsv } from './gard.js';
export type { GardEntry } from './gard.js';
export {
  ConditionRegistry,
  nameWithin,
  isAbbreviation,
  abbreviationsIn,
  conditionKind,
} from './conditions.js';
export {
  answerToBlocks,
  gardProseToBlocks,
  splitLeadingQuestion,
  parseSymptomAnswer,
  parseHpoRows,
  frequencyValue,
  cleanTemplatedQuestion,
} from './answer.js';
