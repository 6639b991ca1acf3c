/**
 * The condition-name dictionary: every name the knowledge base holds, indexed for
 * (1) finding condition mentions in free text (longest match first, abbreviations, misspellings) and
 * (2) typo-tolerant name search / autocomplete (`lookup`).
 */
import type { ConditionId, ConditionKind, NameSource } from '../kb/index.js';
import type { NameRow } from '../store/types.js';
import { SpellingIndex } from './fuzzy.js';
import type { Correction } from './fuzzy.js';
import {
  nameVariants,
  normalizeKey,
  normalizeWord,
  parenthesizedAbbreviations,
  tokenize,
} from './normalize.js';
import type { Token } from './normalize.js';
import { GENERIC_WORDS, QUESTION_TOPIC_WORDS } from './words.js';
import type { KnownWords } from './words.js';

/** One name of one condition. */
export interface NameEntry {
  conditionId: ConditionId;
  name: string;
  preferredName: string;
  conditionKind: ConditionKind;
  articleCount: number;
  nameKind: NameRow['kind'];
  source: NameSource;
}

/** A condition named in a text. */
export interface Mention {
  conditionId: ConditionId;
  preferredName: string;
  kind: ConditionKind;
  /** The knowledge-base name that matched (best-cased spelling of it). */
  matchedName: string;
  /** The words of the text that matched, as written. */
  text: string;
  start: number;
  end: number;
  score: number;
  match: 'exact' | 'abbreviation' | 'fuzzy';
  /**
   * A gene symbol standing for a condition it causes or that is named after it (`geneAt`); analyze.ts keeps
   * it only when the message names no disease otherwise.
   */
  gene?: true;
}

/** A result of `lookup` (name search / autocomplete). */
export interface NameMatch {
  conditionId: ConditionId;
  preferredName: string;
  matchedName: string;
  score: number;
}

/**
 * Scores, in one place. A mention's score is its confidence that the words name this condition.
 */
export const MATCH_SCORES = {
  /** A name of two or more words matched exactly. */
  multiWord: 1,
  /** A one-word name (a rarer word, e.g. "achondroplasia"). */
  singleWord: 0.85,
  /** A one-word name that is a very frequent word ("cancer", "anemia"), or only a synonym ("glass" for
   * methamphetamine): real, but weak evidence. */
  broadWord: 0.6,
  /** An eponym alone for its "... syndrome"/"... disease" ("Noonan's"). */
  eponym: 0.8,
  /** An abbreviation with one reading, or resolved by context. */
  abbreviation: 0.8,
  /** A gene symbol for a condition it causes ("an SDHB mutation"), resolved by context, then by content. */
  gene: 0.75,
  /** An abbreviation with several readings resolved only by which condition has more content. */
  ambiguousAbbreviation: 0.6,
  /** Each corrected word costs this much (times its edit distance). */
  fuzzyPenaltyPerEdit: 0.1,
  /** A fuzzy match never scores above this. */
  fuzzyCeiling: 0.85,
  /** A name read with its words turned around ("a lump in my breast" for "breast lump"). */
  inverted: 0.9,
} as const;

/** Short words of English and of a few other languages that a name may write in capitals ("THE syndrome"). */
const SHORT_WORDS: ReadonlySet<string> = new Set(
  'the and of to or an as at it is in on by be he his her had has was me my we us up so no do go all any man men mad who le la les de du el en un et'.split(
    ' ',
  ),
);

/** Words before a person's name ("our son Jacob", "my friend Parry"): a capitalized word after them is no eponym. */
const PERSON_BEFORE =
  /\b(?:son|daughter|brother|sister|husband|wife|partner|boy|girl|baby|friend|nephew|niece|grandson|granddaughter|cousin|uncle|aunt|dad|mum|mom|father|mother|dr|doctor|named|name is)\.?\s+$/i;

/** Words after a gene symbol that say it is a gene ("an SDHB mutation", "PTEN positive"). */
const GENE_WORDS: ReadonlySet<string> = new Set([
  'gene',
  'genes',
  'mutation',
  'mutations',
  'mutated',
  'variant',
  'variants',
  'deletion',
  'deletions',
  'duplication',
  'duplications',
  'change',
  'changes',
  'alteration',
  'positive',
  'carrier',
  'carriers',
  'related',
]);
/** Words before a gene symbol that say it is a gene ("tested positive for", "the exome came back"). */
const GENE_BEFORE =
  /\b(?:(?:positive|negative|tested|testing|screened) for (?:an? |the )?|(?:mutations?|variants?|changes?|deletions?|duplications?) (?:in|of|on) (?:the |an? |his |her |my )?|came back (?:as |with )?(?:an? )?|carriers? (?:of|for) (?:an? |the )?)$/i;

/** Words that open some page titles ("Taking warfarin") but, in a message, only say what is done with a medicine. */
const LEADING_VERBS: ReadonlySet<string> = new Set(['taking', 'using']);

/**
 * Words before a one-word name that make it a verb: "could it scar his lungs?", "will they bruise her?" (a
 * condition comes after a further verb: "could it be lupus?").
 */
const MODAL_AND_SUBJECT =
  /\b(?:can|could|will|would|might|may|does|do|did|should)\s+(?:it|this|that|they|he|she|you|i|we)\s+$/i;

interface TrieNode {
  next: Map<string, TrieNode> | null;
  /** Entry indices of names ending here (null for inner nodes). */
  entries: number[] | null;
}

/** Normalized abbreviations are at most this long; longer all-caps words are matched as names. */
const MAX_ABBREVIATION_LENGTH = 8;

function newNode(): TrieNode {
  return { next: null, entries: null };
}

/** Whether a name is an abbreviation (matched only when written in capitals or with digits). */
function isAbbreviationName(row: NameRow, tokens: Token[]): boolean {
  if (row.kind === 'abbreviation') return true;
  if (tokens.length !== 1) return false;
  const word = row.name.trim();
  // A short word is an abbreviation ("ALS", "MS"), unless it is a condition's own preferred name written
  // as a word ("Gout", "Acne", "Flu", "Hives"): those are matched like longer names.
  if (tokens[0].norm.length <= 4) return !isShortWordName(row, word);
  return word.length <= MAX_ABBREVIATION_LENGTH && /^[A-Z0-9-]+$/.test(word) && /[A-Z]{2}/.test(word);
}

/**
 * Whether a one-word name of 3–4 letters (as read: "Rabies" is read "raby") is a word rather than an
 * abbreviation: the preferred name of a disease or supplement, written with one leading capital ("Gout",
 * "Hives", "Rabies"). Synonyms stay abbreviations (slang such as "Pot" or "Ice" for drugs of abuse), and
 * so do tests ("Ca++"); curated names are words.
 */
function isShortWordName(row: NameRow, word: string): boolean {
  // Curated names were chosen to be matched as written ("stye", "mono", "tb" in lay-names.ts).
  if (row.source === 'curated' && row.kind !== 'abbreviation') return true;
  return (
    row.kind === 'preferred' &&
    (row.conditionKind === 'disease' || row.conditionKind === 'supplement') &&
    /^[A-Z][a-z]{2,}$/.test(word)
  );
}

/**
 * "UTIs", "STDs", "TIAs": an abbreviation of three or more capitals with a plural s. Two capitals with an
 * s ("IDs", "CDs", "TVs") are too often everyday words to be read as one.
 */
function isPluralAbbreviation(raw: string): boolean {
  return /^[A-Z]{3,}s$/.test(raw);
}

/** The drops people name by where they go, for the drug form word of their names. */
const DROPS_BY_FORM: ReadonlyMap<string, string> = new Map([
  ['otic', 'ear drops'],
  ['ophthalmic', 'eye drops'],
]);

/** What joins the two medicines of a combination written as one ("carbidopa/levodopa", "levodopa-carbidopa"). */
const COMBINATION_JOINT = /^\s?[/-]\s?$/;

/** A word with two or more capitals and a small letter, one capital past its first letter ("AFib", "sJIA"). */
const MIXED_CASE = /^(?=.*[a-z])[A-Za-z]*[A-Z][A-Za-z]*[A-Z][A-Za-z]*$/;

/** Adds a name entry's index to the list under `key`, once. */
function addOnce(map: Map<string, number[]>, key: string, index: number): void {
  const list = map.get(key);
  if (!list) map.set(key, [index]);
  else if (!list.includes(index)) list.push(index);
}

/** Whether a message word is written the way an abbreviation is ("FOP", "NF1", "Nf1", "cln3"). */
function looksLikeAbbreviation(token: Token, shouting: boolean, acronyms: ReadonlySet<string>): boolean {
  const raw = token.raw;
  if (/\d/.test(raw) && /[a-z]/i.test(raw)) return true;
  // A word that medical text always writes in capitals (3+ letters: "ms" and "Ms" stay a title)
  const acronym =
    raw.length >= 3 &&
    acronyms.has(token.norm) &&
    !/^[ivx]+$/.test(token.norm) &&
    !GENERIC_WORDS.has(token.norm) &&
    !ACRONYM_LOOKALIKES.has(token.norm);
  // In a message written in capitals only such words are read as abbreviations ("MY HUSBAND HAS ALS").
  if (shouting) return acronym;
  if (raw.length >= 2 && /^[A-Z][A-Z0-9]*[A-Z0-9]$/.test(raw.replace(/['’]s$/, ''))) return true;
  if (isPluralAbbreviation(raw)) return true;
  // "copd", "adhd", "Copd": typed in lower case
  return acronym && /^[A-Za-z][a-z]+$/.test(raw);
}

/**
 * A short word in lower case names what was diagnosed right after "diagnosed with", "dx w/" or "dx'd with"
 * ("just dx w/ ms at 29", "diagnosed with cf"), between "my" and "diagnosis" ("my ms diagnosis"), and after
 * "has" or "have" at the end of a clause for the abbreviations that are also ordinary words
 * (`WORDLIKE_ABBREVIATIONS`: "my grandson has cf.", "my son has pandas apparently"). Elsewhere "ms" and "cf"
 * stay ordinary words.
 */
function diagnosedAs(tokens: Token[], i: number): boolean {
  // (the words before first: this runs for every word that looks like no abbreviation)
  const [a, b] = [tokens[i - 2]?.norm, tokens[i - 1]?.norm];
  const word = tokens[i].norm;
  const next = tokens[i + 1] as Token | undefined;
  const diagnosed =
    ((b === 'with' || b === 'w') && (a === 'diagnosed' || a === 'dx' || a === 'dxd' || a === "dx'd")) ||
    (POSSESSIVES.has(b ?? '') && (next?.norm === 'diagnosis' || next?.norm === 'dx')) ||
    ((b === 'has' || b === 'have') &&
      (!next || next.start - tokens[i].end > 1 || CLAUSE_END_AFTER.has(next.norm)) &&
      WORDLIKE_ABBREVIATIONS.has(word));
  return diagnosed && /^[a-z]{2,6}$/.test(word) && !NOT_DIAGNOSED.has(word);
}

/** Words before a diagnosis named as someone's ("my ms diagnosis"). */
const POSSESSIVES: ReadonlySet<string> = new Set(['my', 'his', 'her', 'our', 'their', 'your']);

/** Words after which a clause has ended ("my son has pandas apparently"): what came before was its object. */
const CLAUSE_END_AFTER: ReadonlySet<string> = new Set(
  'apparently too also and but so now again since already lol tbh'.split(' '),
);

/** Abbreviations of conditions that are also ordinary words or word parts, typed in lower case. */
const WORDLIKE_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'pots',
  'pandas',
  'ms',
  'cf',
  'ra',
  'als',
  'endo',
]);

/** Words that follow "diagnosed with" without naming anything: "diagnosed with it", "with a rare...". */
const NOT_DIAGNOSED: ReadonlySet<string> = new Set(
  'a an the it this that his her my our their your some any both two one type stage what which early mild severe rare'.split(
    ' ',
  ),
);

/**
 * Everyday words that medical text happens to write in capitals (as acronyms: "DASH" diet, "STAT3",
 * "COACH syndrome"): typed in lower case they are the ordinary word, never an abbreviation.
 */
const ACRONYM_LOOKALIKES: ReadonlySet<string> = new Set(
  (
    'ace amp ankh arse aud bod bor bos bro bun cad cam cask coach comp cop dash dic doa ent ess fas gad gan gar ' +
    'ger ham hem hid jen kath kos lam lem loc mic mog mona nash nog pot por proc rem ren rep ret scot sid sil ski ' +
    'sod stat tarp tos vin visa wasp pls plz'
  ).split(' '),
);

/** Dosage-form words dropped from the end of drug names ("Acyclovir Topical" is also found as "acyclovir"). */
const DRUG_FORM_WORDS = new Set(
  (
    'injection injectable topical oral ophthalmic inhalation nasal spray transdermal patch rectal vaginal otic ' +
    'sublingual buccal cream gel solution implant suspension powder lotion ointment chewable tablet capsule ' +
    'extended release delayed rdna origin system'
  ).split(' '),
);

/**
 * Complaints people name before the body part ("a lump in my breast", "stones in my kidneys", "cancer of
 * the pancreas") or the substance ("allergic to latex"): with one of these words,
 * `HEAD in/of/on/to/with [my|the|...] PART` is also tried as the name "PART HEAD", and as "ADJECTIVE HEAD"
 * with the part's adjective (`PART_ADJECTIVES`).
 */
const INVERTED_HEADS = new Set(
  (
    'pain ache cancer tumor tumour infection stone lump cyst ulcer rash inflammation bleeding polyp fracture ' +
    'injury disease disorder problem trouble swelling nodule abscess blockage clot cramp failure damage spot ' +
    'allergy allergic intolerance intolerant'
  ).split(' '),
);
/** Adjectives of complaint words, read as the noun the names use ("allergic to latex" → "latex allergy"). */
const HEAD_NOUNS: ReadonlyMap<string, string> = new Map([
  ['allergic', 'allergy'],
  ['intolerant', 'intolerance'],
]);
const INVERTED_LINKS = new Set(['in', 'of', 'on', 'to', 'with', 'inside']);
const INVERTED_DETERMINERS = new Set(
  'the my his her their our your a an both left right lower upper'.split(' '),
);
/** Body parts whose names use an adjective ("cancer of the pancreas" → "pancreatic cancer"). */
const PART_ADJECTIVES: ReadonlyMap<string, string> = new Map([
  ['pancreas', 'pancreatic'],
  ['ovary', 'ovarian'],
  ['cervix', 'cervical'],
  ['uterus', 'uterine'],
  ['womb', 'uterine'],
  ['stomach', 'gastric'],
  ['kidney', 'renal'],
  ['liver', 'hepatic'],
  ['face', 'facial'],
  ['testicle', 'testicular'],
  ['spine', 'spinal'],
  ['esophagus', 'esophageal'],
  ['rectum', 'rectal'],
  ['anus', 'anal'],
  ['vagina', 'vaginal'],
  ['nose', 'nasal'],
]);

/** Last words of names whose first word may be used alone ("Noonan syndrome" → "Noonan's"). */
const EPONYM_HEADS = new Set(['syndrome', 'disease']);

/** Words that make a name a condition even when its other words are generic ("Best disease", "Down syndrome"). */
const CONDITION_HEADS = new Set([
  'disease',
  'syndrome',
  'disorder',
  'infection',
  'injury',
  'illness',
  'palsy',
  'defect',
]);

/**
 * Whether a name is made only of ordinary and question words ("Side effects", "Clinical Trials",
 * "Genetic Testing", "Blood Sugar"), or only of subtype words ("type 1A"): such names are topics or parts of
 * a name, not the condition a person asks about.
 */
function isGenericName(tokens: Token[]): boolean {
  return (
    (tokens.every((t) => GENERIC_WORDS.has(t.norm) || QUESTION_TOPIC_WORDS.has(t.norm)) &&
      !tokens.some((t) => CONDITION_HEADS.has(t.norm))) ||
    tokens.every((t) => SUBTYPE_WORD.test(t.norm) || FUNCTION_WORDS.has(t.norm))
  );
}

/**
 * MedlinePlus's street names of drugs that are everyday words, never taken as a name: "a glass of milk" is
 * not methamphetamine, "a crack in the skin" not cocaine ("meth" and "weed" stay names).
 */
const STREET_NAMES = new Set(
  'blow coke crack flake snow horse junk smack h chalk crystal glass ice speed tina grass pot hash'.split(
    ' ',
  ),
);

/**
 * Words that are never an eponym alone: the calendar, a country named like one, and a word whose plural is an
 * everyday one ("benefits or grants" is no Grant syndrome).
 */
const NOT_EPONYMS_ALONE = new Set([
  'grant',
  'poland',
  'christmas',
  'easter',
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
]);

/** Small words that with a number make no name either ("AT III" read as "at 3" in "at 3 months"). */
const FUNCTION_WORDS = new Set([
  'at',
  'in',
  'on',
  'of',
  'to',
  'by',
  'for',
  'and',
  'or',
  'the',
  'an',
  'no',
  'up',
  'as',
]);

/** Words that only tell a subtype apart: a name made of them ("type 1A", "Type II") names no condition alone. */
const SUBTYPE_WORD = /^(?:types?|forms?|class|group|stage|grade|subtype|variant|[ivx]+|\d+[a-z]?|[a-z])$/;

/**
 * Whether a name of everyday words is a lay name of a technical term: a synonym such as "low blood
 * sugar" (Hypoglycemia), "high blood sugar" (Hyperglycemia) or "water on the brain" (Hydrocephalus).
 * Unlike "Side effects" (a synonym of Drug Reactions) or "Blood Sugar", it belongs to a disease whose
 * own name is one word that is not an everyday one, so the everyday words still point at one condition.
 */
function isLayNameOfTerm(row: NameRow, tokens: Token[]): boolean {
  if (row.kind !== 'synonym' || row.conditionKind !== 'disease' || tokens.length < 2) return false;
  const preferred = tokenize(row.preferredName);
  return preferred.length === 1 && !isGenericName(preferred);
}

/** How good a name entry is when several conditions share one spelling: higher wins. */
export function entryRank(e: NameEntry): number {
  const kindBonus = e.nameKind === 'preferred' ? 1 : 0;
  // A curated name (a brand or lay name chosen for its condition) outranks an imported synonym spelled
  // the same: "Tylenol" is the drug acetaminophen, not MedlinePlus's page on dosing it for children.
  const curatedBonus = e.source === 'curated' ? 2 : 0;
  return kindBonus + curatedBonus + Math.log1p(e.articleCount);
}

/** The best path through the name trie from one token: where it ends, its entries and its corrections. */
interface Walked {
  end: number;
  entries: number[];
  edits: number;
  /** Words corrected (by spelling or by sound), and of those, by sound. */
  fixedWords: number;
  sounds: number;
}

export class NameDictionary {
  readonly entries: NameEntry[] = [];
  private readonly root: TrieNode = newNode();
  private readonly abbreviations = new Map<string, number[]>();
  /** Eponyms of two-word names ("noonan" for "Noonan syndrome"), matched alone only when capitalized or possessive. */
  private readonly eponyms = new Map<string, number[]>();
  /**
   * Gene symbols written inside names ("SDHB" of "SDHB paraganglioma", "stxbp1" of "stxbp1-related
   * encephalopathy"), and the genes GHR's answers name as a condition's cause (names of source
   * `medquad-gene`: "FBN1" of Marfan syndrome): a gene named in a message ("an SDHB mutation") stands for
   * these conditions (`geneAt`).
   */
  private readonly genes = new Map<string, number[]>();
  /**
   * Per entry, the everyday words its name writes in capitals, as abbreviations ("THE syndrome", "HIS
   * deficiency", "LE syndrome"): the name is matched only where the message writes them in capitals too,
   * so "the syndrome" and "his deficiency" stay words.
   */
  private readonly capitalWords = new Map<number, Set<string>>();
  /**
   * Abbreviations that the knowledge base (or a curated name) writes in mixed case ("AFib", "BiPAP", "SSc"),
   * other than those of tests ("eGFR 40" gives a result): matched as written, or, from four letters on, typed
   * in lower case ("my dad has afib") unless that is an ordinary word ("ChILD" is not "child").
   */
  private readonly mixedCase = new Set<string>();
  /** Two-medicine combinations by their two words joined with "/", in both orders (`combinationAt`). */
  private readonly combinations = new Map<string, number[]>();
  private readonly byCondition = new Map<ConditionId, number[]>();
  /** How many names each word occurs in (tie-breaker for spelling corrections). */
  private readonly wordCounts = new Map<string, number>();
  private readonly spelling: SpellingIndex;
  private lookupIndex: LookupIndex | null = null;
  /** Distinctive words of each condition's names, computed on first use (abbreviation context). */
  private readonly nameWords = new Map<ConditionId, Set<string>>();
  /**
   * Per word, how often it is written in lower case (+1) or capitalized (-1) inside properly cased names
   * (MedQuAD's and curated ones: the GARD catalog lower-cases many eponyms), not counting first words:
   * "progressive" is mostly lower case, "Noonan" mostly capitalized.
   */
  private readonly caseVotes = new Map<string, number>();

  constructor(
    rows: NameRow[],
    private readonly words: KnownWords,
  ) {
    for (const row of rows) this.addRow(row);
    this.spelling = new SpellingIndex(this.wordCounts.keys(), (w) => this.wordCounts.get(w) ?? 0);
  }

  get conditionCount(): number {
    return this.byCondition.size;
  }

  private addRow(row: NameRow): void {
    const index = this.entries.length;
    this.entries.push({
      conditionId: row.conditionId,
      name: row.name,
      preferredName: row.preferredName,
      conditionKind: row.conditionKind,
      articleCount: row.articleCount,
      nameKind: row.kind,
      source: row.source,
    });
    let list = this.byCondition.get(row.conditionId);
    if (!list) this.byCondition.set(row.conditionId, (list = []));
    list.push(index);
    // A gene the condition's genetics answer names ("FBN1" of Marfan syndrome) is matched only as a gene.
    if (row.source === 'medquad-gene') {
      const tokens = tokenize(row.name);
      if (tokens.length === 1) addOnce(this.genes, tokens[0].norm, index);
      return;
    }

    for (const abbr of parenthesizedAbbreviations(row.name)) this.addAbbreviation(normalizeKey(abbr), index);
    for (const variant of nameVariants(row.name)) {
      const tokens = tokenize(variant);
      if (tokens.length === 0) continue;
      if (tokens.length > 1 && /[a-z]/.test(variant)) {
        for (const t of tokens) {
          if (!/^[A-Z]{2,4}$/.test(t.raw) || !SHORT_WORDS.has(t.norm)) continue;
          let words = this.capitalWords.get(index);
          if (!words) this.capitalWords.set(index, (words = new Set()));
          words.add(t.norm);
        }
      }
      if (isAbbreviationName(row, tokens)) {
        const key = tokens.map((t) => t.norm).join('');
        this.addAbbreviation(key, index);
        if (
          tokens.length === 1 &&
          key.length >= 3 &&
          row.conditionKind !== 'test' &&
          MIXED_CASE.test(variant)
        )
          this.mixedCase.add(key);
        continue;
      }
      // Curated names (brand names, lay names, a curator's additions) were chosen to be matched.
      if (isGenericName(tokens) && !isLayNameOfTerm(row, tokens) && row.source !== 'curated') continue;
      // Street names that are everyday words ("a glass of wine", "ice packs", "a crack in the skin").
      if (row.kind === 'synonym' && tokens.length === 1 && STREET_NAMES.has(tokens[0].norm)) continue;
      if (row.source !== 'gard' && /[A-Z]/.test(variant)) {
        for (let k = 1; k < tokens.length; k++) {
          const c = tokens[k].raw.charCodeAt(0);
          const vote = c >= 97 && c <= 122 ? 1 : c >= 65 && c <= 90 ? -1 : 0;
          if (vote) this.caseVotes.set(tokens[k].norm, (this.caseVotes.get(tokens[k].norm) ?? 0) + vote);
        }
      }
      this.addToTrie(tokens, index);
      if (this.isEponymPair(variant, tokens)) this.addToTrie(tokens.slice(0, -1), index);
      if (row.conditionKind === 'drug' || row.conditionKind === 'supplement') {
        // "Acyclovir Injection", "Timolol Ophthalmic": people name the drug without its form.
        let n = tokens.length;
        while (n > 1 && DRUG_FORM_WORDS.has(tokens[n - 1].norm)) n--;
        if (n < tokens.length && !isGenericName(tokens.slice(0, n))) {
          this.addToTrie(tokens.slice(0, n), index);
          // "Estradiol Transdermal Patch" is also "estradiol patch": the drug and its last form word.
          if (tokens.length - n >= 2)
            this.addToTrie([...tokens.slice(0, n), tokens[tokens.length - 1]], index);
          // "Ofloxacin Otic" is "ofloxacin ear drops", "Timolol Ophthalmic" "timolol eye drops".
          const drops = DROPS_BY_FORM.get(tokens[n].norm);
          if (drops && tokens.length === n + 1)
            this.addToTrie([...tokens.slice(0, n), ...tokenize(drops)], index);
        }
        // "Levodopa and Carbidopa" is also written "carbidopa/levodopa" or "levodopa-carbidopa".
        if (n === 3 && tokens[1].norm === 'and') {
          addOnce(this.combinations, `${tokens[0].norm}/${tokens[2].norm}`, index);
          addOnce(this.combinations, `${tokens[2].norm}/${tokens[0].norm}`, index);
        }
      } else if (
        tokens.length === 2 &&
        EPONYM_HEADS.has(tokens[1].norm) &&
        /^[A-Z]/.test(tokens[0].raw) &&
        // (an acronym is no eponym: "DOORS syndrome", "BEANS syndrome" leave "doors" and "beans" words)
        !/^[A-Z]{3,}$/.test(tokens[0].raw)
      ) {
        // "Noonan syndrome" → "Noonan's", "Crohn disease" → "Crohn's": the eponym alone, when capitalized.
        const word = tokens[0].norm;
        if (word.length >= 4 && !GENERIC_WORDS.has(word)) {
          addOnce(this.eponyms, word, index);
        }
      }
      if (row.conditionKind === 'disease' && tokens.length > 1) {
        for (let k = 0; k < tokens.length; k++)
          if (this.isGeneSymbolIn(tokens, k)) addOnce(this.genes, tokens[k].norm, index);
      }
    }
  }

  private addToTrie(tokens: Token[], index: number): void {
    let node = this.root;
    for (const t of tokens) {
      this.wordCounts.set(t.norm, (this.wordCounts.get(t.norm) ?? 0) + 1);
      node.next ??= new Map();
      let child = node.next.get(t.norm);
      if (!child) node.next.set(t.norm, (child = newNode()));
      node = child;
    }
    node.entries ??= [];
    if (!node.entries.includes(index)) node.entries.push(index);
  }

  /** The eponym a long word misspells by one letter ("hirschprungs" for Hirschsprung's), if any. */
  private misspelledEponym(
    tokens: Token[],
    i: number,
    cache: Map<number, Correction[]>,
  ): number[] | undefined {
    if (tokens[i].norm.length < 8) return undefined;
    const hit = this.correctionsOf(tokens, i, cache).find(
      (c) => c.distance === 1 && !c.sound && this.eponyms.has(c.word),
    );
    return hit ? this.eponyms.get(hit.word) : undefined;
  }

  /**
   * Whether a word stands where a condition is named: after "have", "with", "for", "of", "about" or "called",
   * ending a clause or followed by "and", "but", "after", ... ("could my son have angelman?", "my dad has
   * parkinsons and diabetes").
   */
  private namedHere(text: string, t: Token): boolean {
    return (
      /\b(?:have|has|had|with|about|called|named|for|of)\s+$/i.test(
        text.slice(Math.max(0, t.start - 12), t.start),
      ) &&
      /^(?:\s*[?!.,;:]|\s*$|\s+(?:and|but|or|so|after|since|because|when|too)\b)/i.test(
        text.slice(t.end, t.end + 9),
      )
    );
  }

  /** A word of everyday English: one MedQuAD uses that the English word list holds too ("pick", "bean"). */
  private isEverydayEnglish(word: string): boolean {
    return this.words.known.has(word) && !this.words.notEnglish.has(word);
  }

  /**
   * "Noonan's", "Crohn's", "Parkinsons": an eponym written alone for "<eponym> syndrome/disease", taken
   * only in a possessive form, a plural form of an unusual word, or capitalized inside a sentence (a
   * capital at a sentence start proves nothing).
   */
  private eponymAt(
    text: string,
    tokens: Token[],
    i: number,
    /** Spelling corrections per token, shared with the name matching of the same text. */
    corrections: Map<number, Correction[]>,
    title = false,
  ): { mention: Mention; next: number } | null {
    const t = tokens[i];
    // "Hashimotos": the normal form keeps an s after a vowel ("pathos"), so the eponym is tried without it.
    const unpluralized = /[^s]s$/i.test(t.raw) && t.norm === t.raw.toLowerCase() ? t.norm.slice(0, -1) : null;
    const list =
      this.eponyms.get(t.norm) ??
      (unpluralized ? this.eponyms.get(unpluralized) : undefined) ??
      this.misspelledEponym(tokens, i, corrections);
    if (!list) return null;
    const possessive = /['’]s$/i.test(t.raw);
    // "parkinsons" yes, "kidneys" no: a plural counts only for a word that is not an everyday one
    // "parkinsons", "alzheimers": a frequent word still counts when the names write it capitalized
    // inside a name (a proper noun), which "kidney" never is.
    const properNoun = (this.caseVotes.get(t.norm) ?? 0) < 0;
    // (in lower case, the plural of an everyday English word only where a condition is named: "he picks at
    // the dents" and "cooks beans" are no Pick's, Dent's, Cook's or Bean's; "my dad has parkinsons" is)
    const singular = this.eponyms.has(t.norm) ? t.norm : (unpluralized ?? t.norm);
    const plural =
      /s$/i.test(t.raw) &&
      !NOT_EPONYMS_ALONE.has(t.norm) &&
      (t.norm !== t.raw.toLowerCase() || !this.eponyms.has(t.norm)) &&
      (properNoun || !this.isCommonWord(t.norm)) &&
      (/[A-Z]/.test(t.raw) || !this.isEverydayEnglish(singular) || this.namedHere(text, t));
    // (a subject line's first word may be an eponym, when no English word list holds it: "Stargardt - driving")
    const sentenceStart =
      /(?:^|[.?!:\n]\s*)$/.test(text.slice(Math.max(0, t.start - 3), t.start)) &&
      !(title && i === 0 && !this.isEverydayEnglish(t.norm) && !this.isCommonWord(t.norm));
    // (a holiday, month or day is no eponym: "the work Christmas party" is not Christmas disease)
    // (nor a capital inside a longer proper name, "the Red Cross", "West African", "Mass General", or a
    // person's name, "our son Jacob")
    const capitalized =
      /^[A-Z][a-z]/.test(t.raw) &&
      !sentenceStart &&
      !NOT_EPONYMS_ALONE.has(t.norm) &&
      !(i + 1 < tokens.length && tokens[i + 1].start === t.end + 1 && /^[A-Z]/.test(tokens[i + 1].raw)) &&
      !(
        i > 0 &&
        tokens[i - 1].end === t.start - 1 &&
        /^[A-Z][a-z]/.test(tokens[i - 1].raw) &&
        !/(?:^|[.?!:)\n]\s*)$/.test(text.slice(Math.max(0, tokens[i - 1].start - 3), tokens[i - 1].start))
      ) &&
      !PERSON_BEFORE.test(text.slice(Math.max(0, t.start - 25), t.start));
    // "could my son have angelman?", "should he get tested for marfan", "i have klinefelter after ...": in
    // lower case, a word the names always capitalize (a proper noun), no everyday word, ending a clause right
    // after "have", "with" or "for" ("brown patches", "worth it", "pick up" stay words).
    // (a word the names only ever open, "Marfan syndrome", counts as one the names capitalize when no English
    // word list holds it: "should he get tested for marfan")
    const lowerCaseEponym =
      (properNoun || (this.eponyms.has(t.norm) && !this.isEverydayEnglish(t.norm))) &&
      !this.isCommonWord(t.norm) &&
      !NOT_EPONYMS_ALONE.has(t.norm) &&
      this.namedHere(text, t);
    // "a DICER1 mutation": a gene symbol named like its syndrome ("DICER1 syndrome"), right before "gene",
    // "mutation" or "variant" (in capitals it would otherwise be read as an abbreviation).
    const geneSymbol =
      /^[A-Za-z][A-Za-z0-9]*\d[A-Za-z0-9]*$/.test(t.raw) &&
      /^\s+(?:genes?|mutations?|variants?|deletions?|changes?)\b/i.test(text.slice(t.end, t.end + 12));
    if (!possessive && !plural && !capitalized && !lowerCaseEponym && !geneSymbol) return null;
    const entry = this.bestEntry(list);
    return {
      mention: this.toMention(entry, list, t.start, t.end, MATCH_SCORES.eponym, 'exact'),
      next: i + 1,
    };
  }

  /**
   * Whether token `k` of a name is a gene symbol: no word of English, and written with a digit ("stxbp1"),
   * in capitals ("SDHB paraganglioma"), or beside words that only a gene has ("sdhb-related ...", "caused by
   * mutation in sdhb", "due to mthfr deficiency").
   */
  private isGeneSymbolIn(tokens: Token[], k: number): boolean {
    const t = tokens[k];
    if (!/^[a-z][a-z0-9]{2,9}$/.test(t.norm) || /^[ivxl]+$/.test(t.norm)) return false;
    if (this.words.english.has(t.norm) || this.isCommonWord(t.norm)) return false;
    if (/\d/.test(t.norm) || /^[A-Z][A-Z0-9]+$/.test(t.raw)) return true;
    const next = tokens[k + 1]?.norm;
    const before = tokens
      .slice(Math.max(0, k - 2), k)
      .map((x) => x.norm)
      .join(' ');
    return next === 'related' || next === 'gene' || /(?:^| )(?:mutations? in|due to)$/.test(before);
  }

  /**
   * "an SDHB mutation", "tested positive for PTEN", "the exome came back STXBP1", "STXBP1 encephalopathy": a
   * gene symbol of the names (`genes`), said to be a gene by the words around it or followed by a word of
   * the condition's names, stands for that condition (the one whose names share most words with the
   * message, then the one with most content). Null otherwise.
   */
  private geneAt(
    text: string,
    tokens: Token[],
    i: number,
    context: ReadonlySet<string>,
  ): { mention: Mention; next: number } | null {
    const t = tokens[i];
    const list = this.genes.get(t.norm);
    if (!list) return null;
    // (written as genes are, with a digit or in capitals: "an odd change" is no gene)
    if (!/\d/.test(t.raw) && !/^[A-Z][A-Z0-9]+$/.test(t.raw)) return null;
    const next = tokens[i + 1] as Token | undefined;
    const saidGene =
      (next !== undefined && GENE_WORDS.has(next.norm)) ||
      GENE_BEFORE.test(text.slice(Math.max(0, t.start - 30), t.start));
    const partOfName =
      next !== undefined &&
      list.some((e) => this.distinctiveWords(this.entries[e].conditionId).has(next.norm));
    // ("MTHFR C677T": a variant written after it)
    const variant = next !== undefined && /^[a-z]\d{2,}[a-z]$/.test(next.norm);
    if (!saidGene && !partOfName && !variant) return null;
    // (a gene of several conditions stands for the one whose names share most words with the message, then
    // the one with most content: "FBN1" for Marfan syndrome, "MECP2" for Rett syndrome)
    // (not counting the gene itself and the words saying it is one, which the names of a condition named
    // after it hold: "severe congenital encephalopathy due to MECP2 mutation")
    const others = new Set([...context].filter((w) => w !== t.norm && !GENE_WORDS.has(w)));
    let entry = list[0];
    let best = [-1, -1];
    for (const e of list) {
      const rank = [this.contextOverlap(this.entries[e].conditionId, others), this.entries[e].articleCount];
      if (rank[0] > best[0] || (rank[0] === best[0] && rank[1] > best[1])) [entry, best] = [e, rank];
    }
    return {
      mention: {
        ...this.toMention(entry, [entry], t.start, t.end, MATCH_SCORES.gene, 'abbreviation'),
        gene: true,
      },
      next: i + 1,
    };
  }

  /**
   * A combination of two medicines written with a slash or a hyphen between them, in either order
   * ("carbidopa/levodopa" for "Levodopa and Carbidopa"), at token `i`; null otherwise.
   */
  private combinationAt(text: string, tokens: Token[], i: number): { mention: Mention; next: number } | null {
    const a = tokens[i];
    const b = tokens[i + 1] as Token | undefined;
    if (!b) return null;
    // Most words are one space apart: only a slash or hyphen, with at most a space on each side, joins.
    const gap = b.start - a.end;
    if (gap === 1) {
      const c = text.charCodeAt(a.end);
      if (c !== 47 /* / */ && c !== 45 /* - */) return null;
    } else if (gap > 3 || !COMBINATION_JOINT.test(text.slice(a.end, b.start))) return null;
    const entries = this.combinations.get(`${a.norm}/${b.norm}`);
    if (!entries) return null;
    const entry = this.bestEntry(entries);
    return {
      mention: this.toMention(entry, entries, a.start, b.end, MATCH_SCORES.multiWord, 'exact'),
      next: i + 2,
    };
  }

  private addAbbreviation(key: string, index: number): void {
    if (!key || key.length > MAX_ABBREVIATION_LENGTH || GENERIC_WORDS.has(key)) return;
    addOnce(this.abbreviations, key, index);
  }

  /** Every name entry of a condition. */
  namesOf(conditionId: ConditionId): NameEntry[] {
    return (this.byCondition.get(conditionId) ?? []).map((i) => this.entries[i]);
  }

  /**
   * Whether a name is two or more eponyms and "syndrome"/"disease" ("Ehlers-Danlos syndrome", "Prader-willi
   * syndrome", "Charcot-Marie-Tooth disease", "Guillain Barre Syndrome"): people often leave the last word
   * out ("my daughter has Ehlers Danlos"). The eponyms are joined by hyphens and the first is not an
   * everyday word ("broken-heart syndrome" stays whole), or they are all capitalized uncommon words.
   */
  private isEponymPair(name: string, tokens: Token[]): boolean {
    const last = tokens.length - 1;
    if (last < 2 || !EPONYM_HEADS.has(tokens[last].norm)) return false;
    const before = tokens.slice(0, last);
    const prefix = name.slice(0, tokens[last].start).trim();
    if (/^[A-Za-z]{2,}(?:-[A-Za-z]{3,})+$/.test(prefix)) return !this.isCommonWord(before[0].norm);
    return before.every((t) => /^[A-Z][a-z]/.test(t.raw) && !this.isCommonWord(t.norm));
  }

  /**
   * Whether a word of five or six letters may be read as a one-word name it misspells by one letter ("lupis",
   * "asprin", "measels"): not by sound, not an English word ("beach" is not "leach", "tutor" not "tumor"), and
   * not capitalized like a person's name ("Sofia", "Gemma").
   */
  private isShortMisspelling(token: Token, walked: Walked): boolean {
    return (
      token.norm.length >= 5 &&
      walked.edits === 1 &&
      walked.sounds === 0 &&
      !this.words.english.has(token.norm) &&
      !/^[A-Z][a-z]/.test(token.raw)
    );
  }

  /** Whether a (normalized) word is spelled correctly as far as the dictionary and word list know. */
  isKnownWord(word: string): boolean {
    return this.wordCounts.has(word) || this.words.known.has(word) || GENERIC_WORDS.has(word);
  }

  /**
   * A name as it reads inside a sentence: "Progressive hemifacial atrophy" → "progressive hemifacial
   * atrophy", "Heart Diseases" → "heart diseases" (ordinary words, in title case), while "Noonan
   * syndrome", "Down syndrome", "Alzheimer's Disease" → "Alzheimer's disease" and "ALS" keep their
   * proper capitals.
   */
  inSentence(name: string): string {
    let out = name;
    const tokens = tokenize(name);
    for (const [i, t] of tokens.entries()) {
      if (!/^[A-Z][a-z]+$/.test(t.raw) || (this.caseVotes.get(t.norm) ?? 0) <= 0) continue;
      // A capital before "syndrome" is an eponym even when the word is ordinary too ("Down syndrome").
      if (tokens[i + 1]?.norm === 'syndrome') continue;
      out = out.slice(0, t.start) + t.raw[0].toLowerCase() + out.slice(t.start + 1);
    }
    return out;
  }

  /** Whether a word is an ordinary word (never the whole of a focus on its own). */
  isCommonWord(word: string): boolean {
    return GENERIC_WORDS.has(word) || this.words.frequent.has(word);
  }

  /**
   * Conditions named in `text`, left to right, longest match first, overlapping matches dropped.
   * `context` (other words of the message) helps resolve abbreviations with several readings. `title`: the
   * text is a subject line, whose first word may be an eponym though capitalized ("Stargardt - driving").
   */
  findMentions(text: string, context: ReadonlySet<string> = new Set(), title = false): Mention[] {
    const tokens = tokenize(text);
    const letters = text.replace(/[^A-Za-z]/g, '');
    const shouting = letters.length > 12 && letters.replace(/[^A-Z]/g, '').length / letters.length > 0.6;
    const messageWords = new Set([...context, ...tokens.map((t) => t.norm)]);
    const mentions: Mention[] = [];
    const corrections = new Map<number, Correction[]>();
    let i = 0;
    while (i < tokens.length) {
      const longest = this.longestNameAt(tokens, i, corrections);
      // "while taking warfarin" names the drug, not the page "Taking warfarin (Coumadin)": a name that
      // starts with "taking"/"using" gives way to the medicine named after that word.
      if (longest && LEADING_VERBS.has(tokens[i].norm)) {
        const after = this.longestNameAt(tokens, i + 1, corrections);
        if (after && (after.mention.kind === 'drug' || after.mention.kind === 'supplement')) {
          i++;
          continue;
        }
      }
      const inverted = this.invertedAt(tokens, i);
      const found =
        this.combinationAt(text, tokens, i) ??
        (inverted && (!longest || inverted.next > longest.next) ? inverted : longest) ??
        this.abbreviationAt(tokens, i, shouting, messageWords) ??
        this.eponymAt(text, tokens, i, corrections, title) ??
        this.geneAt(text, tokens, i, messageWords);
      const verb =
        found &&
        found.next === i + 1 &&
        MODAL_AND_SUBJECT.test(text.slice(Math.max(0, tokens[i].start - 20), tokens[i].start));
      if (found && !verb) {
        mentions.push({ ...found.mention, text: text.slice(found.mention.start, found.mention.end) });
        i = found.next;
      } else i++;
    }
    return mentions;
  }

  /**
   * Tokens `i` and `i + 1` written together ("club" + "foot" → "clubfoot") when both are words of three or
   * more letters written apart by one space; null otherwise.
   */
  private splitWordAt(tokens: Token[], i: number): string | null {
    const a = tokens[i];
    const b = tokens[i + 1] as Token | undefined;
    if (!b || b.start - a.end !== 1 || !/^[a-z]{3,}$/.test(a.norm) || !/^[a-z]{3,}$/.test(b.norm))
      return null;
    return a.norm + b.norm;
  }

  /** Spelling corrections of token `i` (cached per call), empty for known words. */
  private correctionsOf(tokens: Token[], i: number, cache: Map<number, Correction[]>): Correction[] {
    let c = cache.get(i);
    if (c) return c;
    const word = tokens[i].norm;
    if (/\d/.test(word)) c = [];
    else if (!this.isKnownWord(word)) {
      // Spelled by ear ("seliac", "loopus"): a word that sounds like a name word counts as one edit.
      c = this.spelling.corrections(word);
      for (const alike of this.spelling.soundAlikes(word))
        if (!c.some((x) => x.word === alike.word)) c.push(alike);
    } else {
      // A word only a name or two of the sources spell so ("Hirschprung" beside "Hirschsprung" in 50) may be
      // their misspelling: the far more common spelling is tried too.
      const count = this.wordCounts.get(word) ?? 0;
      c =
        count > 0 && count <= 2 && !this.words.known.has(word) && !GENERIC_WORDS.has(word)
          ? this.spelling
              .corrections(word)
              .filter((x) => x.distance > 0 && (this.wordCounts.get(x.word) ?? 0) >= 10 * count)
          : [];
    }
    cache.set(i, c);
    return c;
  }

  /**
   * Of `entries` matched by tokens [start, end), those whose everyday words written in capitals
   * (`capitalWords`) the message writes in capitals too.
   */
  private writtenAsNamed(entries: number[], tokens: Token[], start: number, end: number): number[] {
    if (!entries.some((e) => this.capitalWords.has(e))) return entries;
    return entries.filter((e) => {
      const words = this.capitalWords.get(e);
      if (!words) return true;
      for (let k = start; k < end; k++)
        if (words.has(tokens[k].norm) && !/^[A-Z]+$/.test(tokens[k].raw)) return false;
      return true;
    });
  }

  /**
   * A name read with its words turned around at token `i` (see `INVERTED_HEADS`): "stones in my kidneys"
   * is the name "kidney stones", "cancer of the pancreas" the name "pancreatic cancer". Only names of two
   * words that the dictionary holds are tried, so nothing new is guessed.
   */
  private invertedAt(tokens: Token[], i: number): { mention: Mention; next: number } | null {
    const head = tokens[i];
    if (!INVERTED_HEADS.has(head.norm) || !INVERTED_LINKS.has(tokens[i + 1]?.norm ?? '')) return null;
    let j = i + 2;
    while (j < tokens.length && j < i + 4 && INVERTED_DETERMINERS.has(tokens[j].norm)) j++;
    const part = tokens[j];
    if (!part || !/^[a-z]{3,}$/.test(part.norm)) return null;
    const singular = part.norm.endsWith('s') ? part.norm.slice(0, -1) : part.norm;
    const noun = HEAD_NOUNS.get(head.norm) ?? head.norm;
    for (const word of [part.norm, singular, PART_ADJECTIVES.get(part.norm), PART_ADJECTIVES.get(singular)]) {
      const entries = word ? this.root.next?.get(word)?.next?.get(noun)?.entries : null;
      if (!entries) continue;
      const entry = this.bestEntry(entries);
      return {
        mention: this.toMention(entry, entries, head.start, part.end, MATCH_SCORES.inverted, 'exact'),
        next: j + 1,
      };
    }
    return null;
  }

  private longestNameAt(
    tokens: Token[],
    start: number,
    cache: Map<number, Correction[]>,
  ): { mention: Mention; next: number } | null {
    let best: Walked | null = null;
    const walk = (node: TrieNode, i: number, edits: number, fixedWords: number, sounds: number) => {
      const entries = node.entries && i > start ? this.writtenAsNamed(node.entries, tokens, start, i) : [];
      if (entries.length > 0) {
        const better = !best || i > best.end || (i === best.end && edits < best.edits);
        if (better) best = { end: i, entries, edits, fixedWords, sounds };
      }
      if (i >= tokens.length || !node.next) return;
      const exact = node.next.get(tokens[i].norm);
      if (exact) walk(exact, i + 1, edits, fixedWords, sounds);
      // "Hashimotos thyroiditis", "Downs syndrome", "peyronies disease" (read "peyrony" as a plural): a
      // possessive without its apostrophe, inside a name.
      const norm = tokens[i].norm;
      const bare = /^[a-z]{4,}s$/.test(norm)
        ? node.next.get(norm.slice(0, -1))
        : norm.endsWith('y') && /^[a-z]{4,}ies$/i.test(tokens[i].raw)
          ? node.next.get(tokens[i].raw.toLowerCase().slice(0, -1))
          : undefined;
      if (bare?.next?.has(tokens[i + 1]?.norm ?? '')) walk(bare, i + 1, edits, fixedWords, sounds);
      if (edits >= 2) return;
      // "club foot", "heart burn": a name's one word written as two (counted as one edit).
      const split = this.splitWordAt(tokens, i);
      const joined = split === null ? undefined : node.next.get(split);
      if (joined) walk(joined, i + 2, edits + 1, fixedWords, sounds);
      for (const c of this.correctionsOf(tokens, i, cache)) {
        const child = node.next.get(c.word);
        if (child) walk(child, i + 1, edits + c.distance, fixedWords + 1, sounds + (c.sound ? 1 : 0));
      }
    };
    walk(this.root, start, 0, 0, 0);
    const b = best as Walked | null;
    if (!b) return null;
    const length = b.end - start;
    if (b.edits > 0) {
      // A correction must not make a name out of ordinary words: one-word fuzzy matches need a long word
      // (nine letters for two edits; five for one edit of a word no English word list holds), and at least
      // one word of a longer match must be spelled right.
      if (length === 1 && tokens[start].norm.length < 7 && !this.isShortMisspelling(tokens[start], b))
        return null;
      // A short word that only sounds like a one-word name is not taken ("Florida" is not "fluoride");
      // one of eleven letters or more is ("skitzophrenia"; "drenching" is not "drinking").
      if (length === 1 && b.sounds > 0 && tokens[start].norm.length < 11) return null;
      // ("marathon" is not "malathion")
      if (length === 1 && b.edits >= 2 && tokens[start].norm.length < 9) return null;
      if (length > 1 && b.fixedWords === length) return null;
    }
    const entry = this.bestEntry(b.entries);
    const score =
      b.edits > 0
        ? Math.min(MATCH_SCORES.fuzzyCeiling, 1 - MATCH_SCORES.fuzzyPenaltyPerEdit * b.edits)
        : length > 1
          ? MATCH_SCORES.multiWord
          : this.isCommonWord(tokens[start].norm)
            ? MATCH_SCORES.broadWord
            : b.entries.every(
                  (i) => this.entries[i].nameKind !== 'preferred' && this.entries[i].source !== 'curated',
                )
              ? MATCH_SCORES.broadWord
              : MATCH_SCORES.singleWord;
    return {
      mention: this.toMention(
        entry,
        b.entries,
        tokens[start].start,
        tokens[b.end - 1].end,
        score,
        b.edits > 0 ? 'fuzzy' : 'exact',
      ),
      next: b.end,
    };
  }

  private abbreviationAt(
    tokens: Token[],
    i: number,
    shouting: boolean,
    context: ReadonlySet<string>,
  ): { mention: Mention; next: number } | null {
    const t = tokens[i];
    const mixedCase =
      this.mixedCase.has(t.norm) &&
      (MIXED_CASE.test(t.raw) ||
        (t.raw === t.norm &&
          t.norm.length >= 4 &&
          !this.words.known.has(t.norm) &&
          !this.words.english.has(t.norm) &&
          !GENERIC_WORDS.has(t.norm)));
    if (!looksLikeAbbreviation(t, shouting, this.words.acronyms) && !diagnosedAs(tokens, i) && !mixedCase)
      return null;
    // "NF-1", "NF 1", "CMT 1A": an abbreviation followed by a number or number-letter.
    const following = tokens[i + 1];
    const candidates: Array<{ key: string; end: number }> = [];
    if (following && /^\d+[a-z]?$/.test(following.norm) && following.start - t.end <= 1) {
      candidates.push({ key: t.norm + following.norm, end: i + 2 });
    }
    const plural = isPluralAbbreviation(t.raw);
    candidates.push({ key: foldKey(plural ? t.raw.slice(0, -1) : t.raw), end: i + 1 });
    for (const c of candidates) {
      const list = this.abbreviations.get(c.key);
      if (!list) continue;
      // A plural written exactly as a name of the knowledge base ("STDs", a name of Sexually Transmitted
      // Diseases) is that name, not another condition's singular ("STD").
      const written = plural ? list.filter((e) => this.entries[e].name === t.raw) : [];
      const { entry, ambiguous } = this.resolveAbbreviation(written.length > 0 ? written : list, context);
      const score = ambiguous ? MATCH_SCORES.ambiguousAbbreviation : MATCH_SCORES.abbreviation;
      return {
        mention: this.toMention(entry, [entry], t.start, tokens[c.end - 1].end, score, 'abbreviation'),
        next: c.end,
      };
    }
    return null;
  }

  /**
   * Picks the reading of an abbreviation: the condition whose other names share the most words with
   * the message (context), then the one with the most content (articles).
   */
  private resolveAbbreviation(
    list: number[],
    context: ReadonlySet<string>,
  ): { entry: number; ambiguous: boolean } {
    const byCondition = new Map<ConditionId, number>();
    for (const i of list) {
      const id = this.entries[i].conditionId;
      const prev = byCondition.get(id);
      if (prev === undefined || entryRank(this.entries[i]) > entryRank(this.entries[prev]))
        byCondition.set(id, i);
    }
    const options = [...byCondition.values()];
    if (options.length === 1) return { entry: options[0], ambiguous: false };
    let best = options[0];
    let bestOverlap = -1;
    let bestRank = -1;
    let tie = true;
    for (const i of options) {
      const overlap = this.contextOverlap(this.entries[i].conditionId, context);
      const rank = entryRank(this.entries[i]);
      if (overlap > bestOverlap || (overlap === bestOverlap && rank > bestRank)) {
        tie = overlap === bestOverlap;
        best = i;
        bestOverlap = overlap;
        bestRank = rank;
      }
    }
    return { entry: best, ambiguous: bestOverlap <= 0 || tie };
  }

  /** How many distinctive words of a condition's names occur in the message. */
  private contextOverlap(conditionId: ConditionId, context: ReadonlySet<string>): number {
    let n = 0;
    for (const w of this.distinctiveWords(conditionId)) if (context.has(w)) n++;
    return n;
  }

  /** The words of a condition's names longer than three letters and not generic, computed on first use. */
  private distinctiveWords(conditionId: ConditionId): ReadonlySet<string> {
    let words = this.nameWords.get(conditionId);
    if (!words) {
      words = new Set<string>();
      for (const e of this.namesOf(conditionId)) {
        for (const t of tokenize(e.name))
          if (t.norm.length > 3 && !GENERIC_WORDS.has(t.norm)) words.add(t.norm);
      }
      this.nameWords.set(conditionId, words);
    }
    return words;
  }

  private bestEntry(indices: number[]): number {
    let best = indices[0];
    for (const i of indices) if (entryRank(this.entries[i]) > entryRank(this.entries[best])) best = i;
    return best;
  }

  private toMention(
    entryIndex: number,
    sameKey: number[],
    start: number,
    end: number,
    score: number,
    match: Mention['match'],
  ): Mention {
    const e = this.entries[entryIndex];
    // Of the names of this condition with the same spelling, show the one written with capitals
    // ("Parry-Romberg syndrome" rather than the catalog's lower-cased "parry romberg syndrome").
    const spellings = sameKey.map((i) => this.entries[i]).filter((x) => x.conditionId === e.conditionId);
    const cased = spellings.find((x) => /[A-Z]/.test(x.name)) ?? e;
    return {
      conditionId: e.conditionId,
      preferredName: e.preferredName,
      kind: e.conditionKind,
      matchedName: cased.name,
      text: '',
      start,
      end,
      score,
      match,
    };
  }

  /** Conditions whose name is exactly `text` (after normalization), best first. */
  resolveExact(text: string): ConditionId[] {
    const tokens = tokenize(text);
    let node: TrieNode | undefined = this.root;
    for (const t of tokens) node = node?.next?.get(t.norm);
    const ids = new Set<ConditionId>();
    const indices = [
      ...(node?.entries ?? []),
      ...(this.abbreviations.get(tokens.map((t) => t.norm).join('')) ?? []),
    ];
    indices.sort((a, b) => entryRank(this.entries[b]) - entryRank(this.entries[a]));
    for (const i of indices) ids.add(this.entries[i].conditionId);
    return [...ids];
  }

  /**
   * Typo-tolerant name search for autocomplete: exact name, then names starting with the query, then
   * names containing every query word (the last one as a prefix), then the same with misspelled words
   * corrected. One result per condition, best first.
   */
  lookup(query: string, limit = 10): NameMatch[] {
    this.lookupIndex ??= new LookupIndex(this.entries);
    const words = tokenize(query).map((t) => t.norm);
    if (words.length === 0 || limit <= 0) return [];
    const results = new Map<ConditionId, NameMatch & { rank: number }>();
    const add = (entryIndices: Iterable<number>, score: number) => {
      for (const i of entryIndices) {
        const e = this.entries[i];
        const prev = results.get(e.conditionId);
        const rank = score + entryRank(e) / 100 - e.name.length / 10000;
        if (!prev || rank > prev.rank) {
          results.set(e.conditionId, {
            conditionId: e.conditionId,
            preferredName: e.preferredName,
            matchedName: e.name,
            score,
            rank,
          });
        }
      }
    };
    this.lookupIndex.search(words, add, 1);
    if (results.size < limit) {
      const corrected = words.map((w, k) =>
        k === words.length - 1 && w.length < 5
          ? w
          : this.isKnownWord(w)
            ? w
            : (this.spelling.corrections(w, 1)[0]?.word ?? w),
      );
      if (corrected.some((w, k) => w !== words[k])) this.lookupIndex.search(corrected, add, 0.8);
    }
    return [...results.values()]
      .sort((a, b) => b.rank - a.rank)
      .slice(0, limit)
      .map(({ rank: _rank, ...m }) => m);
  }
}

/** Lower-cased letters and digits of a word: the key abbreviations are stored under. */
function foldKey(raw: string): string {
  return normalizeWord(raw.toLowerCase()).replace(/[^a-z0-9]/g, '');
}

/** Lookup structures for name search, built on first use (keeps dictionary build fast). */
class LookupIndex {
  private readonly keys: string[];
  private readonly keyEntries = new Map<string, number[]>();
  private readonly words: string[];
  private readonly postings = new Map<string, number[]>();

  constructor(entries: NameEntry[]) {
    entries.forEach((e, i) => {
      const key = normalizeKey(e.name);
      if (!key) return;
      let list = this.keyEntries.get(key);
      if (!list) this.keyEntries.set(key, (list = []));
      list.push(i);
      for (const w of new Set(key.split(' '))) {
        let p = this.postings.get(w);
        if (!p) this.postings.set(w, (p = []));
        p.push(i);
      }
    });
    this.keys = [...this.keyEntries.keys()].sort();
    this.words = [...this.postings.keys()].sort();
  }

  search(words: string[], add: (entries: Iterable<number>, score: number) => void, factor: number): void {
    const query = words.join(' ');
    const exact = this.keyEntries.get(query);
    if (exact) add(exact, 1 * factor);
    for (const key of prefixRange(this.keys, query, 200)) {
      if (key !== query) add(this.keyEntries.get(key)!, 0.9 * factor);
    }
    // Every word present (the last one as a prefix, as the person may still be typing).
    const last = words[words.length - 1];
    const lastEntries = new Set<number>();
    for (const w of prefixRange(this.words, last, 50))
      for (const i of this.postings.get(w)!) lastEntries.add(i);
    let candidates = lastEntries;
    for (const w of words.slice(0, -1)) {
      const p = new Set(this.postings.get(w) ?? []);
      candidates = new Set([...candidates].filter((i) => p.has(i)));
      if (candidates.size === 0) return;
    }
    add(candidates, 0.75 * factor);
  }
}

/** Sorted strings starting with `prefix` (at most `limit`), by binary search. */
function prefixRange(sorted: string[], prefix: string, limit: number): string[] {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] < prefix) lo = mid + 1;
    else hi = mid;
  }
  const out: string[] = [];
  for (let i = lo; i < sorted.length && out.length < limit && sorted[i].startsWith(prefix); i++)
    out.push(sorted[i]);
  return out;
}
