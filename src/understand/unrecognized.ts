/**
 * Names of conditions the knowledge base does not hold: "hand foot and mouth disease" when no condition has
 * that name. They are kept so that the reply can say plainly which condition it has nothing on, instead of
 * only that it could not tell what the message is about.
 *
 * A phrase counts when it ends in a word that closes condition names ("disease", "syndrome", "palsy"...)
 * and has at least one specific word before it ("a rare genetic disease" names nothing), or when it is one
 * long word with an ending of condition names ("osteopenia", "gastroparesis"). One long word with an ending
 * that international medicine names share ("nusinersen", "risankizumab", "selumetinib") is a medicine the
 * knowledge base does not hold, marked `medicine`. Words inside a recognized name never count.
 */
import { tokenize, type Token } from './normalize.js';
import type { UnrecognizedName } from './types.js';

/** Normalized words that close a condition's name. */
const NAME_HEADS = new Set([
  'disease',
  'syndrome',
  'disorder',
  'palsy',
  'dystrophy',
  'deficiency',
  'anomaly',
  'atrophy',
  'fever',
  'virus',
  'cancer',
  'tumor',
  'carcinoma',
  'lymphoma',
  'sarcoma',
  'leukemia',
]);

/** Endings of one-word condition names ("arthritis", "osteopenia", "neuropathy", "dysplasia", "fibroma"). */
const NAME_ENDING = /(?:itis|emia|penia|pathy|plasia|paresis|oma)$/;
/**
 * Endings of international nonproprietary medicine names (stems): antibodies (-mab), kinase inhibitors
 * (-nib), antisense drugs (-rsen), "-sartan", "-olol", "-vir", "-mycin", "-prazole", "-parin"... An ending
 * shared with an ordinary English word is left out ("-cept": concept, "-tide": peptide).
 */
const MEDICINE_ENDING =
  /(?:mab|nib|rsen|parin|sartan|pril|olol|statin|azole|mycin|cillin|oxacin|tidine|dronate|triptan|setron|lukast|gliptin|glutide|afil|vir|ercept|acept|kinra|ciclib|platin|rubicin|taxel|trexate|vudine|zomib|lidomide|fungin|profen|coxib|fenac|azepam|zolam|apine|oxetine|triptyline|pramine|steride|semide|thiazide|dipine|relin|tinib|gene)$/;
/** Medicine names are at least this long (stems on short words are chance: "April"). */
const MEDICINE_MIN_LENGTH = 7;

/** Words with those endings that are neither conditions nor medicines. */
const NOT_NAMES = new Set([
  'diploma',
  'aroma',
  'stoma',
  'soma',
  'chroma',
  'sympathy',
  'empathy',
  'apathy',
  'intercept',
  'transgene',
]);

/**
 * Words a name does not start with or run across: articles, pronouns, verbs and prepositions ("and" may be
 * inside one: "hand foot and mouth disease").
 */
const BREAKS = new Set(
  (
    'a an the my his her our their your its this that these those some any no every each ' +
    'i he she we they it me him us them you who what which how why when where whether if ' +
    'is was are were be been being am has have had having do does did get got gets getting ' +
    'can could will would should may might must shall called named diagnosed with of for about ' +
    'from in on at to by as or but so than then like also now just only still very really'
  ).split(' '),
);

/** Words that do not name a condition by themselves ("a rare genetic disease", "her heart disease"). */
const GENERIC = new Set(
  (
    'rare genetic chronic autoimmune same other another different heart lung kidney liver skin bone eye ' +
    'blood mental inherited hereditary degenerative serious strange unknown new progressive ' +
    'neurological neuromuscular muscle infectious viral bacterial fungal terminal incurable mysterious ' +
    'congenital metabolic rheumatic bad severe mild stage type disease syndrome disorder condition illness'
  ).split(' '),
);

const MAX_WORDS = 6;

/** Break words are compared as written (normalizing would make "does" a plural of "doe"). */
function isBreak(t: Token): boolean {
  return BREAKS.has(t.raw.toLowerCase());
}

/**
 * Condition-like names in `message` that no recognized name covers (`covered`: the [start, end) spans of
 * the recognized names), in order.
 */
export function unrecognizedNames(
  message: string,
  covered: ReadonlyArray<{ start: number; end: number }>,
  /** The message's tokens, when the caller has them already. */
  tokens: readonly Token[] = tokenize(message),
): UnrecognizedName[] {
  const inName = (t: Token) => covered.some((c) => t.start < c.end && t.end > c.start);
  const out: UnrecognizedName[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (inName(t)) continue;
    if (NAME_HEADS.has(t.norm)) {
      let first = i;
      while (first > 0 && i - first + 1 < MAX_WORDS) {
        const prev = tokens[first - 1];
        const between = message.slice(prev.end, tokens[first].start);
        if (/[^\s-]/.test(between) || isBreak(prev) || inName(prev) || /^\d+$/.test(prev.norm)) break;
        first--;
      }
      while (first < i && tokens[first].raw.toLowerCase() === 'and') first++;
      const words = tokens.slice(first, i + 1);
      // at least one specific word before the head: "a virus", "her cancer" name no particular condition
      if (words.slice(0, -1).some((w) => !GENERIC.has(w.norm)))
        out.push({ text: message.slice(words[0].start, t.end), start: words[0].start, end: t.end });
    } else if (
      t.norm.length >= 7 &&
      NAME_ENDING.test(t.norm) &&
      !NOT_NAMES.has(t.norm) &&
      !(i + 1 < tokens.length && NAME_HEADS.has(tokens[i + 1].norm))
    ) {
      out.push({ text: t.raw, start: t.start, end: t.end });
    } else if (
      t.raw.length >= MEDICINE_MIN_LENGTH &&
      /^[a-z]+$/i.test(t.raw) &&
      MEDICINE_ENDING.test(t.raw.toLowerCase()) &&
      !NOT_NAMES.has(t.raw.toLowerCase())
    ) {
      out.push({ text: t.raw, start: t.start, end: t.end, medicine: true });
    }
  }
  return out;
}
