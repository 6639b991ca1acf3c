/**
 * MedQuAD: one XML file per topic, one Article per QA pair.
 * Parsing (XML → MedquadDocument) and conversion (MedquadDocument → Article[]) are separate, pure steps.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import path from 'node:path';
import { AppError } from '../errors.js';
import { canonicalQuestion, mapMedquadQtype } from '../kb/index.js';
import type { Article, Block, ConditionId, Phenotype } from '../kb/index.js';
import {
  answerToBlocks,
  cleanTemplatedQuestion,
  cleanText,
  gardProseToBlocks,
  parseSymptomAnswer,
  splitLeadingQuestion,
} from './answer.js';

export interface MedquadCollection {
  /** Folder number in the MedQuAD repository (`2` for `2_GARD_QA`). */
  folderNumber: number;
  /** Prefix of answer ids (`GARD_0005086_Sec3`). */
  prefix: string;
  /** The original site, credited in every article's license line. */
  site: string;
  /** Whether MedQuAD kept the answer text (false: removed for copyright). */
  hasAnswers: boolean;
}

/** The 12 collections, in folder order. */
export const MEDQUAD_COLLECTIONS: readonly MedquadCollection[] = [
  { folderNumber: 1, prefix: 'CancerGov', site: 'National Cancer Institute (cancer.gov)', hasAnswers: true },
  {
    folderNumber: 2,
    prefix: 'GARD',
    site: 'Genetic and Rare Diseases Information Center (GARD)',
    hasAnswers: true,
  },
  {
    folderNumber: 3,
    prefix: 'GHR',
    site: 'Genetics Home Reference (now MedlinePlus Genetics)',
    hasAnswers: true,
  },
  { folderNumber: 4, prefix: 'MPlusHealthTopics', site: 'MedlinePlus Health Topics', hasAnswers: true },
  {
    folderNumber: 5,
    prefix: 'NIDDK',
    site: 'National Institute of Diabetes and Digestive and Kidney Diseases (NIDDK)',
    hasAnswers: true,
  },
  {
    folderNumber: 6,
    prefix: 'NINDS',
    site: 'National Institute of Neurological Disorders and Stroke (NINDS)',
    hasAnswers: true,
  },
  { folderNumber: 7, prefix: 'NIHSeniorHealth', site: 'NIHSeniorHealth', hasAnswers: true },
  {
    folderNumber: 8,
    prefix: 'NHLBI',
    site: 'National Heart, Lung, and Blood Institute (NHLBI)',
    hasAnswers: true,
  },
  {
    folderNumber: 9,
    prefix: 'CDC',
    site: 'Centers for Disease Control and Prevention (CDC)',
    hasAnswers: true,
  },
  {
    folderNumber: 10,
    prefix: 'ADAM',
    site: 'A.D.A.M. Medical Encyclopedia (MedlinePlus)',
    hasAnswers: false,
  },
  { folderNumber: 11, prefix: 'MPlusDrugs', site: 'MedlinePlus Drug Information', hasAnswers: false },
  {
    folderNumber: 12,
    prefix: 'MPlusHerbsSuppls',
    site: 'MedlinePlus Herbs and Supplements',
    hasAnswers: false,
  },
];

/** The collection of a MedQuAD folder (`2_GARD_QA` → GARD), or null for other folders. */
export function collectionForFolder(folder: string): MedquadCollection | null {
  const match = /^(\d+)_.*_QA/.exec(folder);
  if (!match) return null;
  return MEDQUAD_COLLECTIONS.find((c) => c.folderNumber === Number(match[1])) ?? null;
}

/** The license line of an article from `collection`. */
export function medquadLicense(collection: MedquadCollection): string {
  return `CC BY 4.0 (MedQuAD); original content from ${collection.site}`;
}

export interface MedquadPair {
  pid: string;
  qtype: string;
  question: string;
  /** Raw answer text ('' when MedQuAD has none). */
  answer: string;
}

export interface MedquadDocument {
  collection: MedquadCollection;
  /** Path relative to the data folder, e.g. `medquad/2_GARD_QA/0005086.xml`. */
  file: string;
  documentId: string;
  focus: string;
  url: string | null;
  /** GARD id parsed from a GARD URL (`.../gard/7338/...` → `7338`). */
  gardId: string | null;
  cuis: string[];
  synonyms: string[];
  /** Genes a GHR document's genetic-changes answer names as the cause (`genesNamedAsCause`); [] elsewhere. */
  genes: string[];
  /** MedQuAD `<Category>` (Disease, Drug, Other) in the MedlinePlus collections. */
  category: string | null;
  pairs: MedquadPair[];
}

const REPEATED = new Set(['QAPair', 'pair', 'CUI', 'cui', 'Synonym', 'SemanticType', 'Category']);

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  isArray: (name) => REPEATED.has(name),
});

type XmlNode = Record<string, unknown>;

function asNode(value: unknown): XmlNode {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as XmlNode) : {};
}

/** Text of an element that may carry attributes (`{ '#text': ..., qid: ... }`) or be a plain string. */
function text(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  const node = asNode(value);
  return typeof node['#text'] === 'string' ? node['#text'] : '';
}

function texts(value: unknown): string[] {
  return (Array.isArray(value) ? value : [])
    .map(text)
    .map(cleanText)
    .filter((t) => t !== '');
}

/** GARD id from a GARD page URL, or null. */
export function gardIdFromUrl(url: string | null): string | null {
  return url ? (/\/gard\/(\d+)(?:\/|$)/.exec(url)?.[1] ?? null) : null;
}

/**
 * Parses one MedQuAD file. Most files are `<Document id source url>`; one CDC file is a
 * `<DiseaseFile fid ...>` and four NINDS files use an older lower-case schema (`<doc docid>`,
 * `<doctitle-focus>`, `<pair>`), all read into the same shape.
 * Throws `AppError('bad_input')` naming the problem when the XML is malformed or not MedQuAD.
 */
export function parseMedquadXml(xml: string, file: string, collection: MedquadCollection): MedquadDocument {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) {
    throw new AppError('bad_input', `malformed XML at line ${valid.err.line}: ${valid.err.msg}`);
  }
  const root = parser.parse(xml) as XmlNode;
  const doc = asNode(root.Document ?? root.DiseaseFile ?? root.doc);
  const documentId = text(doc.id ?? doc.fid ?? doc.docid).trim();
  if (!documentId) throw new AppError('bad_input', 'not a MedQuAD document (no <Document id>)');

  const annotations = asNode(doc.FocusAnnotations);
  const umls = asNode(annotations.UMLS ?? doc.UMLS ?? doc.umls);
  const cuis = texts(asNode(umls.CUIs).CUI ?? umls.CUI ?? umls.cui);
  const qaPairs = asNode(doc.QAPairs ?? doc.qaPairs);
  const rawPairs = (qaPairs.QAPair ?? qaPairs.pair ?? []) as unknown[];
  const pairs = rawPairs.map((raw) => {
    const pair = asNode(raw);
    const question = pair.Question ?? pair.question;
    return {
      pid: text(pair.pid),
      qtype: text(asNode(question).qtype),
      question: cleanText(text(question)),
      answer: text(pair.Answer ?? pair.answer).trim(),
    };
  });
  if (pairs.some((p) => !p.pid || !p.question)) {
    throw new AppError('bad_input', 'a QA pair has no pid or no question');
  }
  const url = text(doc.url).trim() || null;
  return {
    collection,
    file,
    documentId,
    focus: cleanText(text(doc.Focus ?? doc['doctitle-focus'])),
    url,
    gardId: collection.prefix === 'GARD' ? gardIdFromUrl(url) : null,
    cuis: [...new Set(cuis)],
    synonyms: texts(asNode(annotations.Synonyms).Synonym),
    genes:
      collection.prefix === 'GHR'
        ? genesNamedAsCause(pairs.find((p) => p.qtype === 'genetic changes')?.answer ?? '')
        : [],
    category: texts(annotations.Category)[0] ?? null,
    pairs,
  };
}

/** A gene symbol, or a list of them, right before "gene(s)": "the FBN1 gene", "the PKD1, PKD2, and PKHD1 genes". */
const GENE_LIST =
  /((?:\b[A-Z][A-Z0-9-]{1,11}\b(?:,\s+(?:and\s+|or\s+)?|\s+(?:and|or)\s+)(?:the\s+)?)*\b[A-Z][A-Z0-9-]{1,11})\s+genes?\b/g;
/** Words of a sentence that gives a condition's genetic cause. */
const CAUSE_WORDS = /\b(?:mutations?|variants?|changes?|deletions?|duplications?)\b/i;
/** Symbols in capitals that name no gene. */
const NOT_GENES = new Set(['DNA', 'RNA', 'MRNA', 'ATP', 'X', 'Y']);
/** A document naming more genes than this as a cause ("more than a dozen genes") gives none. */
const MAX_GENES = 6;

/**
 * The genes the first three sentences of a GHR genetic-changes answer name as the cause ("Mutations in the
 * FBN1 gene cause Marfan syndrome" → FBN1; "caused by mutations in the MECP2 gene" → MECP2; "Mutations in the
 * PKD1, PKD2, and PKHD1 genes cause ..." → all three). Symbols of three or more characters with two capitals
 * or a capital and a digit; none when the answer names more than `MAX_GENES`.
 */
export function genesNamedAsCause(answer: string): string[] {
  const genes = new Set<string>();
  const sentences = answer.split(/(?<=[.!?])\s+/).slice(0, 3);
  for (const sentence of sentences) {
    if (!CAUSE_WORDS.test(sentence)) continue;
    for (const m of sentence.matchAll(GENE_LIST)) {
      for (const symbol of m[1].split(/,\s+(?:and\s+|or\s+)?|\s+(?:and|or)\s+/)) {
        const gene = symbol.replace(/^the\s+/, '').trim();
        if (gene.length >= 3 && /[A-Z].*[A-Z0-9]/.test(gene.slice(1)) && !NOT_GENES.has(gene))
          genes.add(gene);
      }
    }
  }
  return genes.size > MAX_GENES ? [] : [...genes];
}

/** Templated questions that say nothing about their type: replaced by the type's canonical question. */
const VAGUE_TEMPLATE = /^Do you have information about\b/i;

/**
 * The canonical question and body of one answer. GARD answers that open with a question heading use
 * it as the question; an answer that is only that heading has no answer text.
 */
export function convertAnswer(
  doc: Pick<MedquadDocument, 'collection' | 'focus'>,
  pair: MedquadPair,
): { question: string; blocks: Block[]; phenotypes: Phenotype[]; hasAnswer: boolean } {
  const templated = VAGUE_TEMPLATE.test(pair.question)
    ? canonicalQuestion(mapMedquadQtype(pair.qtype), doc.focus)
    : cleanTemplatedQuestion(pair.question);
  if (!pair.answer) return { question: templated, blocks: [], phenotypes: [], hasAnswer: false };
  if (doc.collection.prefix !== 'GARD') {
    const blocks = answerToBlocks(pair.answer);
    return { question: templated, blocks, phenotypes: [], hasAnswer: blocks.length > 0 };
  }
  const { heading, rest } = splitLeadingQuestion(pair.answer);
  const question = heading ?? templated;
  const symptoms = parseSymptomAnswer(rest);
  const blocks = symptoms ? symptoms.blocks : gardProseToBlocks(rest);
  return { question, blocks, phenotypes: symptoms?.phenotypes ?? [], hasAnswer: blocks.length > 0 };
}

/** `CancerGov_0000013_2_Sec1`: MedQuAD's judged-answer id. */
export function externalAnswerId(doc: MedquadDocument, pid: string): string {
  return `${doc.collection.prefix}_${doc.documentId}_Sec${pid}`;
}

/**
 * The article id: the external id, plus the file name's suffix when the file is not named after
 * its document id (CancerGov `0000013_2_6.xml` holds document `0000013_2`: `CancerGov_0000013_2_Sec1-6`).
 */
export function articleId(doc: MedquadDocument, pid: string): string {
  const base = path.basename(doc.file, '.xml');
  if (base === doc.documentId) return externalAnswerId(doc, pid);
  const suffix = base.startsWith(`${doc.documentId}_`) ? base.slice(doc.documentId.length + 1) : base;
  return `${externalAnswerId(doc, pid)}-${suffix}`;
}

/** Every QA pair of a document as an Article of `conditionId`, dated `snapshotDate` (ISO date). */
export function medquadArticles(
  doc: MedquadDocument,
  conditionId: ConditionId,
  snapshotDate: string,
): Article[] {
  return doc.pairs.map((pair) => {
    const answer = convertAnswer(doc, pair);
    return {
      id: articleId(doc, pair.pid),
      conditionId,
      questionType: mapMedquadQtype(pair.qtype),
      sourceQuestionType: pair.qtype || null,
      question: answer.question,
      blocks: answer.blocks,
      hasAnswer: answer.hasAnswer,
      references: [],
      phenotypes: answer.phenotypes,
      provenance: {
        source: 'MedQuAD',
        collection: doc.collection.prefix,
        externalId: externalAnswerId(doc, pair.pid),
        file: doc.file,
        url: doc.url,
        license: medquadLicense(doc.collection),
        retrievedAt: snapshotDate,
      },
      lastUpdated: snapshotDate,
      reviewStatus: 'imported',
      version: 1,
    };
  });
}
