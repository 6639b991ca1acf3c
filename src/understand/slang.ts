/**
 * The short forms of chat and forum writing read as the words they stand for ("can u tell me", "ppl w
 * lupus", "my dr said"), and the asides that say nothing about what is asked ("lol", "tbh") left out, before
 * the rules and the classifier see a question. Only whole words, and only forms that are not English words
 * themselves.
 */

const SHORT_FORMS: Record<string, string> = {
  u: 'you',
  ur: 'your',
  r: 'are',
  ppl: 'people',
  w: 'with',
  'w/': 'with',
  'w/o': 'without',
  's/e': 'side effect',
  's/es': 'side effects',
  bc: 'because',
  'b/c': 'because',
  cuz: 'because',
  abt: 'about',
  dr: 'doctor',
  drs: 'doctors',
  docs: 'doctors',
  pls: 'please',
  plz: 'please',
  thx: 'thanks',
  tx: 'treatment',
  rx: 'prescription',
  gonna: 'going to',
  wanna: 'want to',
  gotta: 'have to',
  kinda: 'kind of',
  sorta: 'sort of',
  ok: 'okay',
};

/** Asides: "lol", "tbh", "smh", "omg", "idk", "imo", "fyi", "btw". */
const ASIDES = /\b(?:lol|lmao|tbh|smh|omg|idk|imo|imho|fyi|btw|ugh)\b[,.]?\s*/gi;

const SHORT_FORM = new RegExp(
  String.raw`(?<![\w/.])(?:${Object.keys(SHORT_FORMS)
    .sort((a, b) => b.length - a.length)
    .map((k) => k.replace('/', '\\/'))
    .join('|')})(?![\w/]|\.\w)`,
  'gi',
);

/**
 * Words of the other languages that bilingual families mix into their English (Spanish, French, Hindi and
 * Urdu written in Latin letters, Tagalog, Arabic), read as the English words they stand for: "kya koi ilaaj
 * hai?" asks about treatment, "¿que puede comer?" about eating. Only the words that say what is asked
 * (treatment, symptoms, heredity, medicine, food, children, question words), and none that is also an
 * English word ("beta", "grave", "comment" stay as they are; a test checks this against an English word list).
 */
const MIXED_IN_WORDS: Record<string, string> = {
  // Spanish
  tratamiento: 'treatment',
  tratamientos: 'treatments',
  síntomas: 'symptoms',
  sintomas: 'symptoms',
  hereditario: 'hereditary',
  hereditaria: 'hereditary',
  genético: 'genetic',
  genetico: 'genetic',
  genética: 'genetic',
  medicamento: 'medicine',
  medicamentos: 'medicines',
  medicina: 'medicine',
  pastillas: 'pills',
  médico: 'doctor',
  médicos: 'doctors',
  especialista: 'specialist',
  especialistas: 'specialists',
  embarazo: 'pregnancy',
  embarazada: 'pregnant',
  niños: 'children',
  ninos: 'children',
  niño: 'child',
  hijo: 'son',
  hija: 'daughter',
  nieta: 'granddaughter',
  nieto: 'grandson',
  puede: 'can',
  pueden: 'can',
  qué: 'what',
  que: 'what',
  cómo: 'how',
  cuándo: 'when',
  cuando: 'when',
  dónde: 'where',
  donde: 'where',
  peligroso: 'dangerous',
  contagioso: 'contagious',
  vacuna: 'vaccine',
  dieta: 'diet',
  enfermedad: 'disease',
  'esperanza de vida': 'life expectancy',
  // French
  traitement: 'treatment',
  traitements: 'treatments',
  symptômes: 'symptoms',
  symptomes: 'symptoms',
  héréditaire: 'hereditary',
  hereditaire: 'hereditary',
  médecin: 'doctor',
  médecins: 'doctors',
  guérir: 'cure',
  guérison: 'cure',
  grossesse: 'pregnancy',
  dangereux: 'dangerous',
  maladie: 'disease',
  médicament: 'medicine',
  médicaments: 'medicines',
  efficace: 'effective',
  coeur: 'heart',
  cœur: 'heart',
  pourquoi: 'why',
  quand: 'when',
  combien: 'how many',
  'espérance de vie': 'life expectancy',
  // Hindi and Urdu in Latin letters
  ilaaj: 'treatment',
  ilaj: 'treatment',
  elaj: 'treatment',
  dawai: 'medicine',
  dawaai: 'medicine',
  bimari: 'disease',
  bimaari: 'disease',
  beemari: 'disease',
  kaise: 'how',
  kyun: 'why',
  kyon: 'why',
  kahan: 'where',
  kahaan: 'where',
  kitne: 'how many',
  kitna: 'how much',
  khana: 'food',
  bache: 'children',
  bacche: 'children',
  bachon: 'children',
  bachche: 'children',
  beti: 'daughter',
  khatarnak: 'dangerous',
  // Tagalog
  gamot: 'medicine',
  doktor: 'doctor',
  namamana: 'hereditary',
  paano: 'how',
  bakit: 'why',
  saan: 'where',
  kailan: 'when',
  gaano: 'how',
  // Arabic in Latin letters
  marad: 'disease',
  tabib: 'doctor',
};

const MIXED_IN_WORD = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:${Object.keys(MIXED_IN_WORDS)
    .sort((a, b) => b.length - a.length)
    .join('|')})(?![\p{L}\p{N}])`,
  'giu',
);

/** The words `MIXED_IN_WORDS` reads (for its test). */
export const MIXED_IN_WORD_LIST: readonly string[] = Object.keys(MIXED_IN_WORDS);

/**
 * `text` with its chat short forms and the words of other languages mixed into it written out in English, and
 * its asides left out (unchanged when it has none).
 */
export function writtenOut(text: string): string {
  return text
    .replace(ASIDES, '')
    .replace(SHORT_FORM, (w) => SHORT_FORMS[w.toLowerCase()] ?? w)
    .replace(MIXED_IN_WORD, (w) => MIXED_IN_WORDS[w.toLowerCase()] ?? w);
}
