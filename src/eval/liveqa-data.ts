/**
 * The TREC 2017 LiveQA-Medical test questions (`<data>/liveqa-med-2017/TestDataset`), read for
 * measuring only: nothing in raredesk is tuned on them.
 *
 * Their 26 question-type names are mapped onto raredesk's types by LIVEQA_TYPE_MAP below.
 */
import fs from 'node:fs';
import path from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { AppError } from '../errors.js';
import type { QuestionType } from '../kb/index.js';

export interface LiveQaFocus {
  text: string;
  /** `Problem`, `DrugSupplement`, `Food`, `Substance`, `ProcedureDevice`. */
  category: string;
}

export interface LiveQaQuestion {
  /** `TQ1` … `TQ104` (question number N of the MedQuAD judgments is `TQN`). */
  id: string;
  subject: string;
  message: string;
  /** The assessors' restatement, when present. */
  paraphrase: string | null;
  foci: LiveQaFocus[];
  /** The annotated types mapped onto raredesk's (distinct, in annotation order). */
  types: QuestionType[];
  /** The annotated type names as written in the file (`TREATMENT`, `PERSON_ORGANIZATION`, ...). */
  sourceTypes: string[];
}

/**
 * LiveQA's 26 test question types → raredesk types. Why each non-obvious one:
 * - PERSON_ORGANIZATION: asks for a doctor, center or organization → find_specialist.
 * - EFFECT: the effect of one thing on another (a condition on pregnancy, a drug on a disease)
 *   → association (relation between two conditions, or condition and exposure).
 * - COMPARISON: how two things differ → association (both are about a pair).
 * - TAPERING, DOSAGE, USAGE: how to take or stop a drug → drug_usage.
 * - ALTERNATIVE: other treatments or drugs → treatment.
 * - ACTION: how a drug works → indication (as MedQuAD's "how does it work" maps there).
 * - LIFESTYLE_DIET → lifestyle; OTHER_QUESTION → other.
 */
export const LIVEQA_TYPE_MAP: Record<string, QuestionType> = {
  INFORMATION: 'information',
  SYMPTOM: 'symptoms',
  CAUSE: 'cause',
  INHERITANCE: 'inheritance',
  FREQUENCY: 'frequency',
  GENETIC_CHANGES: 'genetic_changes',
  DIAGNOSIS: 'diagnosis',
  TREATMENT: 'treatment',
  ALTERNATIVE: 'treatment',
  PROGNOSIS: 'prognosis',
  COMPLICATION: 'complications',
  SUSCEPTIBILITY: 'susceptibility',
  PREVENTION: 'prevention',
  PERSON_ORGANIZATION: 'find_specialist',
  RESEARCH: 'research',
  LIFESTYLE_DIET: 'lifestyle',
  EFFECT: 'association',
  COMPARISON: 'association',
  ASSOCIATION: 'association',
  USAGE: 'drug_usage',
  DOSAGE: 'drug_usage',
  TAPERING: 'drug_usage',
  SIDE_EFFECT: 'side_effects',
  INTERACTION: 'interactions',
  CONTRAINDICATION: 'contraindications',
  INDICATION: 'indication',
  ACTION: 'indication',
  INGREDIENT: 'ingredients',
  STORAGE_DISPOSAL: 'storage_disposal',
  OTHER_QUESTION: 'other',
};

/** A LiveQA type name → raredesk type (`other` for a name the table does not know). */
export function mapLiveQaType(name: string): QuestionType {
  return LIVEQA_TYPE_MAP[name.trim().toUpperCase()] ?? 'other';
}

export const LIVEQA_TEST_FILE = path.join(
  'liveqa-med-2017',
  'TestDataset',
  'TREC-2017-LiveQA-Medical-Test.xml',
);

type XmlNode = Record<string, unknown>;

function asArray(value: unknown): XmlNode[] {
  if (value === undefined || value === null) return [];
  return (Array.isArray(value) ? value : [value]) as XmlNode[];
}

function textOf(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'object') return textOf((value as XmlNode)['#text']);
  return typeof value === 'string' ? value.trim() : JSON.stringify(value);
}

/** Reads the 104 test questions from `dataDir` (throws AppError `data_unavailable` when absent). */
export function loadLiveQaTest(dataDir: string): LiveQaQuestion[] {
  const file = path.join(dataDir, LIVEQA_TEST_FILE);
  let xml: string;
  try {
    xml = fs.readFileSync(file, 'utf8');
  } catch (err) {
    throw new AppError('data_unavailable', `cannot read the LiveQA test set ${file}`, undefined, {
      cause: err,
    });
  }
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@',
    parseTagValue: false,
    trimValues: true,
  });
  const doc = parser.parse(xml) as XmlNode;
  const root = doc['LiveQA2017-Medical-Test-Set-Full'] as XmlNode | undefined;
  return asArray(root?.['NLM-QUESTION']).map((q) => {
    const original = (q['Original-Question'] ?? {}) as XmlNode;
    const annotations = (q.ANNOTATIONS ?? {}) as XmlNode;
    const sourceTypes = asArray(annotations.TYPE).map(textOf).filter(Boolean);
    const paraphrase = textOf(q['NIST-PARAPHRASE']);
    return {
      id: String(q['@qid']),
      subject: textOf(original.SUBJECT),
      message: textOf(original.MESSAGE),
      paraphrase: paraphrase || null,
      foci: asArray(annotations.FOCUS).map((f) => ({
        text: textOf(f),
        category: textOf(f['@fcategory']),
      })),
      types: [...new Set(sourceTypes.map(mapLiveQaType))],
      sourceTypes,
    };
  });
}
