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

/** `text` with its chat short forms written out and its asides left out (unchanged when it has none). */
export function writtenOut(text: string): string {
  return text.replace(ASIDES, '').replace(SHORT_FORM, (w) => SHORT_FORMS[w.toLowerCase()] ?? w);
}
