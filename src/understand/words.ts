/**
 * Word lists that keep condition matching from firing on ordinary language.
 *
 * - `GENERIC_WORDS` (hand-written): English words and generic medical words that are never, on their own,
 *   the condition a person asks about, even though the knowledge base has a one-word name spelled that way
 *   (MedlinePlus has topics called "Genetics", "Drugs", "Chronic"...; GARD has lower-cased synonyms "plan", "was").
 * - `KnownWords` (derived, `models/common-words.json`, written by `train.ts`): every word seen at least 3 times in
 *   MedQuAD's answer text or in the classifier's training questions. A known word is correctly spelled, so the
 *   fuzzy matcher never "corrects" it; `frequent` words (seen 300+ times) make one-word names weak evidence;
 *   `acronyms` are the words the answers nearly always write in capitals.
 */
import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../config.js';
import { AppError } from '../errors.js';

export const GENERIC_WORDS: ReadonlySet<string> = new Set(
  (
    'a about above after again against all also am an and any are as at be because been before being below ' +
    'between both but by can could did do does doing down during each few for from further had has have having he ' +
    'her here hers him his how i if in into is it its just me more most my no nor not now of off on once only or ' +
    'other our out over own same she should so some such than that the their them then there these they this those ' +
    'through to too under until up very was we were what when where which while who whom why will with would you ' +
    'your yes ok okay please thank thanks hello hi dear regards sincerely help know want need like get got go going ' +
    'make take give tell say said ask find see look think feel felt use used way day days week month year old new ' +
    'good bad well better best right left long short high low big small first last next one two three many much ' +
    'plan period hard cold hot dry wet fall fit fits stress growth weight balance sleep rest work school home life ' +
    'man men woman women child children baby babies boy girl son daughter mother father mom dad parent family friend ' +
    'people person patient patients doctor doctors physician nurse hospital clinic medicine medicines medication ' +
    'medications drug drugs treatment treatments therapy therapies surgery test tests exam diagnosis symptom symptoms ' +
    'sign signs cause causes disease diseases disorder disorders syndrome syndromes condition conditions illness ' +
    'problem problems infection injury chronic acute severe mild renal hepatic distal proximal peripheral ' +
    'systemic respiratory retinal cardiac benign malignant congenital hereditary inherited familial genetic genetics ' +
    'gene genes inheritance resources resource information research study studies trial trials care health ' +
    'healthy body blood arm arms leg legs hand hands foot feet head face eye eyes ear ears skin heart brain bone ' +
    'bones muscle muscles cord cell cells type form stage group class grade normal abnormal vitamin vitamins ' +
    'mineral minerals diet diets exercise newborn aging pregnancy birth death water food salt sugar sugars fiber ' +
    'brace braces'
  ).split(' '),
);

/**
 * Words of the questions themselves ("side effects", "clinical trials", "support groups", "overdose"), and of
 * a genetic result ("heterozygous for factor V Leiden" is not a question about the topic Genetics).
 * MedlinePlus has topics with such names; a name made only of these and generic words is never taken as a
 * focus.
 */
export const QUESTION_TOPIC_WORDS: ReadonlySet<string> = new Set(
  (
    'clinical trial side effect reaction support testing counseling screening expectancy option management ' +
    'prevention safety statistic overview first aid emergency caregiver caregiving living coping medical ' +
    'prescription over counter generic brand dose dosage use safe alternative complementary integrative ' +
    'wellness fitness nutrition dietary supplement supplements assistance service services insurance cost overdose ' +
    'heterozygous homozygous heritable inheritance'
  ).split(' '),
);

export interface KnownWords {
  /** Correctly spelled words (never corrected by the fuzzy matcher). */
  known: ReadonlySet<string>;
  /** Very frequent words: a one-word name spelled like one is weak evidence of a focus. */
  frequent: ReadonlySet<string>;
  /** Words MedQuAD's answers write in capitals (90%+ of 5+ uses: "copd", "adhd"): abbreviations even when a
   * person types them in lower case. */
  acronyms: ReadonlySet<string>;
  /**
   * English words of five or six letters (as normalized) that are not among `known` ("beach", "scare",
   * "tutor", from a general English word list): a one-word name is never corrected from one of them, while
   * other short words are ("lupis" → lupus).
   */
  english: ReadonlySet<string>;
  /**
   * Of `known`, the words that general English word list lacks: names and medical terms ("alzheimer",
   * "crohn", "tourette"). The other known words are everyday English ("pick", "dent", "bean").
   */
  notEnglish: ReadonlySet<string>;
}

/** Where the trained artifacts live. */
export const MODELS_DIR = path.join(PROJECT_ROOT, 'models');
export const COMMON_WORDS_FILE = path.join(MODELS_DIR, 'common-words.json');

let cached: KnownWords | null = null;

/** Reads `models/common-words.json` once per process. */
export function loadKnownWords(file = COMMON_WORDS_FILE): KnownWords {
  if (cached && file === COMMON_WORDS_FILE) return cached;
  let parsed: {
    known: string[];
    frequent: string[];
    acronyms?: string[];
    english?: string[];
    notEnglish?: string[];
  };
  try {
    parsed = JSON.parse(fs.readFileSync(file, 'utf8')) as typeof parsed;
  } catch (err) {
    throw new AppError(
      'data_unavailable',
      `cannot read the word list ${file}; run \`npx tsx src/understand/train.ts\``,
      undefined,
      { cause: err },
    );
  }
  const words: KnownWords = {
    known: new Set(parsed.known),
    frequent: new Set(parsed.frequent),
    acronyms: new Set(parsed.acronyms ?? []),
    english: new Set(parsed.english ?? []),
    notEnglish: new Set(parsed.notEnglish ?? []),
  };
  if (file === COMMON_WORDS_FILE) cached = words;
  return words;
}
