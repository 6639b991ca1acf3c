/**
 * Trains the question-type classifier and rebuilds the word list, writing
 *   models/question-types.json  (classifier weights)
 *   models/common-words.json    (correctly spelled words, for the misspelling guard; with the English words of
 *                                five or six letters of the an-array-of-english-words list that are not
 *                                among them, and those among them that the list lacks)
 *
 * Usage: npx tsx src/understand/train.ts [--data DIR]
 * (data folder: --data, else RAREDESK_DATA, else ../shared/data next to the project)
 *
 * Training set: MedQuAD's labeled questions (qtype mapped by MEDQUAD_QTYPE_MAP; the focus replaced by the
 * FOCUS placeholder; each distinct template counted once) plus the hand-written questions of
 * training-questions.ts, free-form-questions.ts and more-free-form-questions.ts. Reported: 5-fold
 * cross-validated accuracy on the hand-written questions, and on the first two lists without and with the
 * last one in training.
 */
import fs from 'node:fs';
import path from 'node:path';
import { loadConfig } from '../config.js';
import { mapMedquadQtype, QUESTION_TYPES } from '../kb/index.js';
import type { ConditionKind, QuestionType } from '../kb/index.js';
import { TRAINING, TYPE_MODEL_FILE, TypeClassifier, trainTypeModel } from './classifier.js';
import type { LabeledExample, TypeModelFile } from './classifier.js';
import { resolveDataDir } from './data-dir.js';
import { DRUG_TYPES } from './analyze.js';
import { FOCUS_PLACEHOLDER, maskSpans, questionFeatures, referenceSpans } from './features.js';
import { normalizeWord, tokenize } from './normalize.js';
import { FREE_FORM_QUESTIONS } from './free-form-questions.js';
import { MORE_FREE_FORM_QUESTIONS } from './more-free-form-questions.js';
import { TRAINING_QUESTIONS } from './training-questions.js';
import { COMMON_WORDS_FILE } from './words.js';
import ENGLISH_WORDS from 'an-array-of-english-words' with { type: 'json' };

/**
 * MedQuAD labels left out of training because their question template says something else than
 * their answers: "What to do for X ?" (`considerations`) reads like a treatment question.
 */
const EXCLUDED_QTYPES = new Set(['considerations']);

/** Words seen at least this often in MedQuAD answers count as correctly spelled. */
const KNOWN_WORD_MIN_COUNT = 3;
/** ...and at least this often as very frequent. */
const FREQUENT_WORD_MIN_COUNT = 300;

interface MedquadQuestion {
  question: string;
  focus: string;
  qtype: string;
  kind: ConditionKind;
}

function decodeXml(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

function kindOfFolder(folder: string, category: string | undefined): ConditionKind {
  if (folder.startsWith('11_')) return 'drug';
  if (folder.startsWith('12_')) return 'supplement';
  if (category === 'Drug') return 'drug';
  if (category === 'Other') return 'other';
  return 'disease';
}

/** A word written in capitals at least this share of the time (and this often) is an acronym ("COPD"). */
const ACRONYM_MIN_SHARE = 0.9;
const ACRONYM_MIN_COUNT = 5;

/**
 * Reads every question of MedQuAD, and counts the words of its answers into `wordCounts` (and how often
 * each was written in capitals into `capsCounts`).
 */
function readMedquad(
  dir: string,
  wordCounts: Map<string, number>,
  capsCounts: Map<string, number>,
): MedquadQuestion[] {
  const out: MedquadQuestion[] = [];
  for (const folder of fs.readdirSync(dir).sort()) {
    const sub = path.join(dir, folder);
    if (!/^\d+_/.test(folder) || !fs.statSync(sub).isDirectory()) continue;
    for (const file of fs.readdirSync(sub).sort()) {
      const xml = fs.readFileSync(path.join(sub, file), 'utf8');
      const focus = decodeXml(/<Focus>([^<]*)<\/Focus>/.exec(xml)?.[1] ?? '').trim();
      const kind = kindOfFolder(folder, /<Category>([^<]+)<\/Category>/.exec(xml)?.[1]);
      for (const m of xml.matchAll(/<Question[^>]*qtype="([^"]*)"[^>]*>([^<]*)<\/Question>/g)) {
        out.push({ qtype: m[1], question: decodeXml(m[2]), focus, kind });
      }
      for (const m of xml.matchAll(/<Answer>([\s\S]*?)<\/Answer>/g)) {
        for (const t of tokenize(decodeXml(m[1]))) {
          wordCounts.set(t.norm, (wordCounts.get(t.norm) ?? 0) + 1);
          if (t.raw.length > 1 && /^[A-Z]+$/.test(t.raw))
            capsCounts.set(t.norm, (capsCounts.get(t.norm) ?? 0) + 1);
        }
      }
    }
  }
  return out;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** MedQuAD questions as training examples: focus masked, one example per distinct (template, label, kind). */
export function medquadExamples(questions: MedquadQuestion[]): LabeledExample[] {
  const seen = new Set<string>();
  const out: LabeledExample[] = [];
  for (const q of questions) {
    if (EXCLUDED_QTYPES.has(q.qtype.toLowerCase()) || !q.focus) continue;
    const pattern = new RegExp(escapeRegExp(q.focus), 'i');
    if (!pattern.test(q.question)) continue;
    const masked = q.question.replace(pattern, FOCUS_PLACEHOLDER).replace(/\s+\?/g, '?');
    const label = mapMedquadQtype(q.qtype);
    const key = `${label}\t${q.kind}\t${masked.toLowerCase()}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ features: questionFeatures(masked, q.kind), label });
  }
  return out;
}

/**
 * The hand-written questions as training examples (X and Y become the FOCUS placeholder): those of
 * training-questions.ts and free-form-questions.ts, and with `more` those of more-free-form-questions.ts.
 */
export function handWrittenExamples(more = true): Array<LabeledExample & { text: string }> {
  const out: Array<LabeledExample & { text: string }> = [];
  for (const type of QUESTION_TYPES) {
    const kind: ConditionKind = DRUG_TYPES.has(type) ? 'drug' : 'disease';
    const lists = [
      TRAINING_QUESTIONS[type],
      FREE_FORM_QUESTIONS[type],
      more ? MORE_FREE_FORM_QUESTIONS[type] : [],
    ];
    for (const text of lists.flat()) {
      const named = text.replace(/\b[XY]\b/g, FOCUS_PLACEHOLDER);
      const masked = maskSpans(named, referenceSpans(named));
      out.push({ text, features: questionFeatures(masked, kind), label: type });
    }
  }
  return out;
}

/**
 * Accuracy of k-fold cross-validation on the hand-written questions `written` (MedQuAD, and `always` when
 * given, in every training fold).
 */
function crossValidate(
  medquad: LabeledExample[],
  written: LabeledExample[],
  labels: QuestionType[],
  always: LabeledExample[] = [],
  folds = 5,
): number {
  let correct = 0;
  for (let k = 0; k < folds; k++) {
    const test = written.filter((_, i) => i % folds === k);
    const train = [...medquad, ...always, ...written.filter((_, i) => i % folds !== k)];
    const model = new TypeClassifier(trainTypeModel(train, labels));
    for (const ex of test) if (model.predict(ex.features).type === ex.label) correct++;
  }
  return correct / written.length;
}

function main(): void {
  const args = process.argv.slice(2);
  const flag = args.indexOf('--data');
  const dataDir = resolveDataDir(flag >= 0 ? (args[flag + 1] ?? null) : null, loadConfig());
  const medquadDir = path.join(dataDir, 'medquad');
  const wordCounts = new Map<string, number>();
  const capsCounts = new Map<string, number>();
  const questions = readMedquad(medquadDir, wordCounts, capsCounts);
  // Acronyms are taken from the answers alone (before the training questions add their words).
  const acronyms = [...capsCounts]
    .filter(([w, c]) => c >= ACRONYM_MIN_COUNT && c >= ACRONYM_MIN_SHARE * (wordCounts.get(w) ?? 0))
    .map(([w]) => w)
    .sort();
  const medquad = medquadExamples(questions);
  const written = handWrittenExamples();
  const labels = [...QUESTION_TYPES];
  process.stdout.write(
    `MedQuAD: ${questions.length} questions, ${medquad.length} distinct templates; hand-written: ${written.length}\n`,
  );
  const cv = crossValidate(medquad, written, labels);
  process.stdout.write(`5-fold accuracy on hand-written questions: ${cv.toFixed(3)}\n`);
  // Whether the second free-form batch helps on questions written apart from it: the same folds of the
  // earlier lists, without it and with it in every training fold.
  const earlier = handWrittenExamples(false);
  const earlierTexts = new Set(earlier.map((e) => `${e.label} ${e.text}`));
  const more = written.filter((e) => !earlierTexts.has(`${e.label} ${e.text}`));
  const without = crossValidate(medquad, earlier, labels);
  const withMore = crossValidate(medquad, earlier, labels, more);
  process.stdout.write(
    `5-fold accuracy on the earlier lists (${earlier.length}): ${without.toFixed(3)} without more-free-form-questions.ts, ${withMore.toFixed(3)} with its ${more.length} in training\n`,
  );

  const weights = trainTypeModel([...medquad, ...written], labels);
  const model: TypeModelFile = {
    format: 'raredesk-question-types/1',
    trainedAt: new Date().toISOString().slice(0, 10),
    ...weights,
    training: {
      medquadQuestions: questions.length,
      medquadTemplates: medquad.length,
      handWritten: written.length,
      excludedQtypes: [...EXCLUDED_QTYPES],
      crossValidatedAccuracy: Math.round(cv * 1000) / 1000,
      settings: TRAINING,
    },
  };
  // The training-question words are correctly spelled too (not those of free-form-questions.ts, which
  // holds misspellings on purpose).
  for (const type of QUESTION_TYPES) {
    for (const q of TRAINING_QUESTIONS[type]) {
      for (const t of tokenize(q))
        wordCounts.set(t.norm, (wordCounts.get(t.norm) ?? 0) + KNOWN_WORD_MIN_COUNT);
    }
  }
  const words = [...wordCounts].filter(([w]) => !/\d/.test(w) && w.length > 1);
  const known = words
    .filter(([, c]) => c >= KNOWN_WORD_MIN_COUNT)
    .map(([w]) => w)
    .sort();
  const frequent = words
    .filter(([, c]) => c >= FREQUENT_WORD_MIN_COUNT)
    .map(([w]) => w)
    .sort();
  // The general English word list, normalized once (its words are all in lower-case letters).
  const englishWords = new Set(ENGLISH_WORDS.filter((w) => /^[a-z]+$/.test(w)).map((w) => normalizeWord(w)));
  // English words a short misspelled name must not be read from ("beach" is not "leach", "tutor" not "tumor").
  const knownSet = new Set(known);
  const english = [...englishWords].filter((w) => w.length >= 5 && w.length <= 6 && !knownSet.has(w)).sort();
  // Known words that no general English word list holds (names and medical terms: "alzheimer", "crohn"):
  // the others are everyday English ("pick", "dent", "bean"), which a name's word may also be.
  const notEnglish = known.filter((w) => !englishWords.has(w));
  fs.mkdirSync(path.dirname(TYPE_MODEL_FILE), { recursive: true });
  fs.writeFileSync(TYPE_MODEL_FILE, `${JSON.stringify(model)}\n`);
  fs.writeFileSync(
    COMMON_WORDS_FILE,
    `${JSON.stringify({ known, frequent, acronyms, english, notEnglish })}\n`,
  );
  process.stdout.write(
    `wrote ${TYPE_MODEL_FILE} (${Object.keys(model.weights).length} features) and ${COMMON_WORDS_FILE} (${known.length} words)\n`,
  );
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname))
  main();
