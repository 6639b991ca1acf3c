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
]);

/**
 * Word parts, in order: the Greek and Latin "ae" and "oe" that American spelling writes "e"
 * (haem-, -aemia, paed-, oesophag-, oedema, oestr-, coeliac, foet-, -rrhoea, -pnoea), "-our" in the
 * medical words that have it, and "sulph-".
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
  [/^sulph/, 'sulf'], // sulphur, sulphate, sulphasalazine
];

/** A cheap test that a word may have a British spelling (nearly every word has none). */
const MAYBE_BRITISH =
  /ae|^oe|coeliac|foet|homoeo|rrhoe|pnoe|(?:tum|behavi|col|lab|hum|od|vap|flav)our|^disc|centre|fibre|litre|alumin|sulph|grey|ageing|mould|programme/;

/** The American spelling of one lower-case word (the word itself when it has no British spelling). */
export function americanSpelling(word: string): string {
  if (!MAYBE_BRITISH.test(word)) return word;
  const whole = WORDS.get(word);
  if (whole !== undefined) return whole;
  let w = word;
  for (const [pattern, replacement] of PARTS) w = w.replace(pattern, replacement);
  return w;
}
