/**
 * British spellings of medical words, read as the American spellings the knowledge base's U.S. sources
 * use: "leukaemia" → "leukemia", "oesophageal" → "esophageal", "tumour" → "tumor", "disc" → "disk".
 * Question understanding and the article index both fold words through `americanSpelling`, names and
 * messages alike, so a message written in British English finds the same conditions and articles.
 */

/** Whole words (singular; plural endings are handled by the callers after folding). */
const WORDS: ReadonlyMap<string, string> = new Map([
  ['disc', 'disk'],
  ['discs', 'disks'],
  ['centre', 'center'],
  ['centres', 'centers'],
  ['fibre', 'fiber'],
  ['fibres', 'fibers'],
  ['litre', 'liter'],
  ['litres', 'liters'],
  ['aluminium', 'aluminum'],
  ['grey', 'gray'],
  ['ageing', 'aging'],
  ['mould', 'mold'],
  ['moulds', 'molds'],
  ['programme', 'program'],
  ['programmes', 'programs'],
  ['sulphur', 'sulfur'],
  ['sulphate', 'sulfate'],
  ['sulphates', 'sulfates'],
  ['sulphide', 'sulfide'],
  ['sulphonamide', 'sulfonamide'],
  ['sulphonamides', 'sulfonamides'],
  ['sulphasalazine', 'sulfasalazine'],
]);

/**
 * Word parts, in order: the Greek and Latin "ae" and "oe" that American spelling writes "e"
 * (haem-, -aemia, paed-, oesophag-, oedema, oestr-, coeliac, foet-, -rrhoea, -pnoea), and "-our" in
 * the medical words that have it.
 */
const PARTS: ReadonlyArray<readonly [RegExp, string]> = [
  [/aem/g, 'em'], // haemophilia, anaemia, leukaemia, ischaemic, septicaemia, hypoglycaemia
  [/paed/g, 'ped'], // paediatric, orthopaedic
  [/^(gyn|f|c)aec/, '$1ec'], // gynaecology, faecal, caecum
  [/^caes/, 'ces'], // caesarean
  [/^(an)?aesth/, '$1esth'], // anaesthesia
  [/^aetiol/, 'etiol'], // aetiology
  [/^naev/, 'nev'], // naevus
  [/^caerul/, 'cerul'], // caeruloplasmin
  [/^oe(soph|dem|str)/, 'e$1'], // oesophagus, oedema, oestrogen
  [/^coeliac/, 'celiac'],
  [/^foet/, 'fet'], // foetal, foetus
  [/^homoeo/, 'homeo'], // homoeopathy
  [/rrhoe/g, 'rrhe'], // diarrhoea, gonorrhoea, amenorrhoea, seborrhoeic
  [/pnoe/g, 'pne'], // apnoea, dyspnoea
  [/^(tum|behavi|col|lab|hum|od|vap|flav)our/, '$1or'], // tumour, behaviour, colour, labour, odour
];

/**
 * Whether a word may hold one of the `PARTS`: an "ae", an "oe" at the start or after c, f, h, m or n
 * (coeliac, foetal, diarrhoea, homoeo-, dyspnoea; not "does", "goes", "toe"), or an "-our" ending in a word
 * of five letters or more (not "your", "hour", "four"). A scan of the characters, because it runs for
 * every word of every name and message and nearly all of them have none.
 */
function mayHaveBritishParts(w: string): boolean {
  const n = w.length;
  for (let i = 1; i < n; i++) {
    const c = w.charCodeAt(i);
    const before = w.charCodeAt(i - 1);
    if (c === 101 /* e */) {
      if (before === 97 /* a */) return true;
      if (before === 111 /* o */) {
        if (i === 1) return true;
        const b2 = w.charCodeAt(i - 2);
        if (b2 === 99 || b2 === 102 || b2 === 104 || b2 === 109 || b2 === 110) return true; // c f h m n
      }
    } else if (
      c === 114 /* r */ &&
      before === 117 /* u */ &&
      n >= 5 &&
      i >= 2 &&
      w.charCodeAt(i - 2) === 111
    ) {
      // "-our", "-ours", "-oural"
      if (i === n - 1 || (i === n - 2 && (w.charCodeAt(n - 1) === 115 || w.charCodeAt(n - 1) === 97)))
        return true;
      if (i <= n - 3 && w.charCodeAt(i + 1) === 97 && w.charCodeAt(i + 2) === 108) return true;
    }
  }
  return false;
}

/** The American spelling of one lower-case word (the word itself when it has no British spelling). */
export function americanSpelling(word: string): string {
  const whole = WORDS.get(word);
  if (whole !== undefined) return whole;
  if (!mayHaveBritishParts(word)) return word;
  let w = word;
  for (const [pattern, replacement] of PARTS) w = w.replace(pattern, replacement);
  return w;
}
