/**
 * Question understanding: the only door of src/understand.
 *
 *   const understanding = buildUnderstanding(await store.listNames());
 *   understanding.analyze('How is Parry Romberg treated?', { subject: 'Question' });
 *   understanding.lookupNames('duchene', 10);
 *
 * See README.md in this folder for how it works and how the classifier is trained.
 */
import type { ConditionId } from '../kb/index.js';
import { AppError } from '../errors.js';
import type { KnowledgeStore, NameRow } from '../store/types.js';
import { Analyzer } from './analyze.js';
import { brandNameRows } from './brand-names.js';
import { layNameRows } from './lay-names.js';
import { TypeClassifier } from './classifier.js';
import { NameDictionary } from './names.js';
import type { NameMatch } from './names.js';
import { loadKnownWords } from './words.js';
import type { KnownWords } from './words.js';
import type { Analysis, AnalyzeOptions } from './types.js';

export type { Analysis, AnalyzeOptions, Focus, SubQuestion, UnrecognizedName } from './types.js';
export type { NameMatch } from './names.js';
export { resolveDataDir } from './data-dir.js';
export { normalizeKey } from './normalize.js';

export interface Understanding {
  /** Finds the conditions, splits the message into sub-questions and types each one. Synchronous. */
  analyze(message: string, options?: AnalyzeOptions): Analysis;
  /**
   * Typo-tolerant condition-name search for search boxes and autocomplete: exact, prefix, all-words and
   * misspelling-corrected matches, one per condition, best first. `score` in [0, 1].
   */
  lookupNames(query: string, limit?: number): NameMatch[];
  /** Conditions whose name (any of them, normalized) is exactly `text`, best first. */
  resolveName(text: string): ConditionId[];
  /** Size of the dictionary and how long it took to build. */
  readonly stats: { names: number; conditions: number; buildMs: number };
}

export interface BuildOptions {
  /** A classifier other than the saved model (tests, retraining experiments). */
  classifier?: TypeClassifier;
  /** A word list other than models/common-words.json. */
  words?: KnownWords;
}

/**
 * `buildUnderstanding` over the names a store holds. Throws AppError `data_unavailable` when it holds
 * none (nothing imported yet).
 */
export async function loadUnderstanding(store: Pick<KnowledgeStore, 'listNames'>): Promise<Understanding> {
  const names = await store.listNames();
  if (names.length === 0) {
    throw new AppError(
      'data_unavailable',
      'the knowledge base has no condition names: run `raredesk import` first',
    );
  }
  return buildUnderstanding(names);
}

/**
 * Builds the name dictionary from the knowledge base's names (`store.listNames()`) and loads the
 * question-type model. Throws AppError `data_unavailable` when a model file is missing.
 */
export function buildUnderstanding(names: NameRow[], options: BuildOptions = {}): Understanding {
  const started = performance.now();
  const words = options.words ?? loadKnownWords();
  const classifier = options.classifier ?? TypeClassifier.load();
  // Brand names of common medicines join their generic drug's names (brand-names.ts), and everyday names
  // their condition's (lay-names.ts).
  const dictionary = new NameDictionary([...names, ...brandNameRows(names), ...layNameRows(names)], words);
  const analyzer = new Analyzer(dictionary, classifier);
  const stats = {
    names: names.length,
    conditions: dictionary.conditionCount,
    buildMs: Math.round(performance.now() - started),
  };
  return {
    analyze: (message, opts) => analyzer.analyze(message, opts),
    lookupNames: (query, limit = 10) => dictionary.lookup(query, limit),
    resolveName: (text) => dictionary.resolveExact(text),
    stats,
  };
}
