/**
 * Symptom search: symptoms described in a person's own words → conditions whose symptom lists
 * (the Human Phenotype Ontology rows imported from GARD's symptom answers) match best.
 *
 * 1. `splitSymptoms` cuts the text into symptom phrases (commas, "and", new lines, sentences).
 * 2. Each phrase is normalized (lower case, light stemming, filler words dropped) and, through
 *    `LAY_TERMS`, also restated in the ontology's words ("fits" → seizures, "one side of the face
 *    is shrinking" → hemifacial atrophy).
 * 3. A phrase matches a phenotype when it contains every word of the phenotype's name (full
 *    match), or when all of its words are part of a longer phenotype name (partial match).
 * 4. `conditionScore` adds, for each phrase, the best matching row of a condition:
 *    strength × specificity (IDF of the phenotype over conditions) × frequency weight.
 *
 * Every parameter is in `SYMPTOM_PARAMS`. This lists conditions to talk about with a doctor; it
 * is not a diagnosis.
 */
import type { Article, Condition, ConditionId } from '../kb/index.js';
import type { SymptomMatch } from '../app.js';
import { stem, words } from './text.js';

export const SYMPTOM_PARAMS = {
  /** Strength of a phrase containing every word of the phenotype name. */
  fullMatch: 1,
  /** Strength of a phrase whose words are all part of a longer phenotype name ("seizures" → "Focal seizures"). */
  partialMatch: 0.5,
  /** A partial match may leave at most this many phenotype words unmentioned. */
  partialExtraWords: 2,
  /** Frequency weight = base + slope × frequency (0..1) when the frequency is known... */
  frequencyBase: 0.4,
  frequencySlope: 0.6,
  /** ...and this when it is unknown (HPO: the feature may be rare or common, so: as if seen in half). */
  unknownFrequencyWeight: 0.7,
  /** Weight of a lay term's second and later ontology wordings (the first is the closest). */
  secondaryTermWeight: 0.7,
  /** Longest text considered (characters) and most phrases per query, to bound the work. */
  maxTextLength: 2000,
  maxPhrases: 20,
} as const;

/** Rows that describe inheritance or onset, not a symptom a person could notice. */
const NOT_A_SYMPTOM =
  /\b(inheritance|onset|sporadic|heterogeneity|expressivity|penetrance|mosaicism|anticipation|mode of)\b/i;

/** Words that carry no symptom meaning in people's descriptions. */
const FILLER = new Set(
  (
    'a an the of in on at to for from by with and or but is are was were be been being has have had having do does did ' +
    'my his her their our your its it he she they we i you me him them us this that these those there here ' +
    'son daughter child children kid kids baby boy girl husband wife mother father mom dad brother sister friend ' +
    'very really quite bit lot lots some much many more most also too so just still getting gets got get keeps keep ' +
    'since when sometimes often always about around like which who what how seems seem started starting ' +
    'year years old month months week weeks day days age'
  ).split(' '),
);

/**
 * Lay words → the ontology's words. Each pattern is tried on the normalized phrase; a match adds
 * the phenotype wording as another reading of the phrase (the literal reading is kept too).
 */
export const LAY_TERMS: ReadonlyArray<{ pattern: RegExp; terms: string[] }> = [
  { pattern: /\b(fits?|convulsions?|convulsing|epilep\w*|seizing)\b/, terms: ['seizures'] },
  {
    pattern:
      /\b(one|half|left|right|a) (side|half) of (the |his |her |my |their )?face\b.*\b(shrink\w*|small\w*|thin\w*|sunk\w*|sink\w*|wast\w*|atroph\w*|los\w*|smaller)\b/,
    terms: ['hemifacial atrophy', 'facial asymmetry'],
  },
  {
    pattern: /\b(face|facial)\b.*\b(shrink\w*|wast\w*|sunk\w*|sinking|hollow\w*)\b/,
    terms: ['facial atrophy'],
  },
  {
    pattern: /\b(lopsided|uneven|asymmetric\w*) face\b|\bface\b.*\b(lopsided|uneven)\b/,
    terms: ['facial asymmetry'],
  },
  { pattern: /\b(face|facial) pain\b|\bpain\b.*\bface\b/, terms: ['facial pain', 'trigeminal neuralgia'] },
  {
    pattern: /\b(short for (his|her|their) age|not growing|small for (his|her|their) age|very short)\b/,
    terms: ['short stature'],
  },
  {
    pattern: /\b(deaf\w*|hard of hearing|hearing loss|can'?t hear|cannot hear|trouble hearing)\b/,
    terms: ['hearing impairment'],
  },
  {
    pattern:
      /\b(blind\w*|vision loss|poor (vision|eyesight)|can'?t see|trouble seeing|losing (his |her |my )?sight)\b/,
    terms: ['visual impairment'],
  },
  { pattern: /\b(tired\w*|exhaust\w*|no energy|worn out|fatigu\w*)\b/, terms: ['fatigue'] },
  {
    pattern: /\b(learning|intellectual) (disabilit\w*|difficult\w*|problems?)\b|\bslow learner\b/,
    terms: ['intellectual disability'],
  },
  {
    pattern: /\b(late|slow|delayed) (to |in )?walk\w*\b|\bnot (yet )?walking\b/,
    terms: ['delayed ability to walk', 'global developmental delay'],
  },
  {
    pattern: /\b(late|slow|delayed) (to |in )?(talk\w*|speak\w*|speech)\b|\bnot (yet )?talking\b/,
    terms: ['delayed speech and language development', 'global developmental delay'],
  },
  {
    pattern: /\b(slow|delayed) develop\w*\b|\bdevelopmental delay\b|\bbehind (in|on) milestones\b/,
    terms: ['global developmental delay'],
  },
  { pattern: /\b(floppy|low (muscle )?tone|hypoton\w*)\b/, terms: ['hypotonia', 'muscular hypotonia'] },
  {
    pattern: /\b(weak muscles?|muscles? (are )?weak\w*|muscle weakness|losing strength)\b/,
    terms: ['muscle weakness'],
  },
  { pattern: /\b(big|large) head\b/, terms: ['macrocephaly'] },
  { pattern: /\b(small|tiny) head\b/, terms: ['microcephaly'] },
  { pattern: /\b(curved|crooked|curvature of the) spine\b|\bspine\b.*\bcurv\w*/, terms: ['scoliosis'] },
  {
    pattern: /\b(hair loss|losing (his |her |my )?hair|bald\w*|hair falling out|patches without hair)\b/,
    terms: ['alopecia'],
  },
  { pattern: /\b(droop\w*|hanging) (upper )?eyelids?\b|\beyelids?\b.*\bdroop\w*/, terms: ['ptosis'] },
  { pattern: /\b(crossed|cross) eyes?\b|\bsquint\b|\blazy eye\b/, terms: ['strabismus'] },
  {
    pattern: /\b(sunken|deep set|deep-set) eyes?\b|\beyes?\b.*\bsunk\w*/,
    terms: ['deeply set eye', 'enophthalmos'],
  },
  {
    pattern: /\b(different colou?red eyes|eyes? of different colou?rs?|two colou?rs? of eyes)\b/,
    terms: ['heterochromia iridis'],
  },
  {
    pattern: /\bwhite (patch|streak|lock|forelock)\b|\bpatch of white hair\b/,
    terms: ['poliosis', 'white forelock'],
  },
  {
    pattern:
      /\b(dark|brown|darker) (patches|spots|areas)\b.*\bskin\b|\bskin\b.*\b(dark|brown|darker) (patches|spots)\b|\bdiscolou?r\w* skin\b/,
    terms: ['hyperpigmentation', 'irregular hyperpigmentation'],
  },
  {
    pattern: /\bcafe[ -]au[ -]lait\b|\bcoffee[ -]colou?red (spots|patches)\b|\bbirthmarks?\b/,
    terms: ['cafe-au-lait spot'],
  },
  { pattern: /\b(headaches?|migraines?)\b/, terms: ['headache', 'migraine'] },
  { pattern: /\bjoint pains?\b|\bpain\w* joints?\b|\bjoints? (hurt|ache)\w*/, terms: ['arthralgia'] },
  {
    pattern: /\b(loose|bendy|hypermobile|double[ -]jointed|flexible) joints?\b|\bdouble[ -]jointed\b/,
    terms: ['joint hypermobility'],
  },
  { pattern: /\b(stretchy|elastic) skin\b/, terms: ['hyperextensible skin'] },
  {
    pattern: /\bbruis\w* easily\b|\beasy bruising\b|\blots of bruises\b/,
    terms: ['bruising susceptibility'],
  },
  { pattern: /\bkidney stones?\b/, terms: ['nephrolithiasis'] },
  { pattern: /\b(enlarged|big|swollen) liver\b/, terms: ['hepatomegaly'] },
  { pattern: /\b(enlarged|big|swollen) spleen\b/, terms: ['splenomegaly'] },
  { pattern: /\b(yellow (skin|eyes)|jaundice\w*)\b/, terms: ['jaundice'] },
  {
    pattern: /\b(short(ness)? of breath|breathless\w*|trouble breathing|difficulty breathing)\b/,
    terms: ['dyspnea'],
  },
  { pattern: /\b(racing|fast|rapid) (heart ?beat|heart|pulse)\b/, terms: ['tachycardia'] },
  { pattern: /\b(trouble|difficulty|problems?) swallowing\b|\bchok\w* on food\b/, terms: ['dysphagia'] },
  {
    pattern: /\b(unsteady|wobbly|clumsy|poor balance|loses balance|losing balance|stagger\w*)\b/,
    terms: ['ataxia'],
  },
  { pattern: /\b(stiff muscles?|muscles? (are )?stiff)\b/, terms: ['muscle stiffness', 'spasticity'] },
  { pattern: /\bextra (fingers?|toes?|digits?)\b/, terms: ['polydactyly'] },
  { pattern: /\b(webbed|fused|joined) (fingers?|toes?)\b/, terms: ['syndactyly'] },
  { pattern: /\b(throwing up|vomit\w*|being sick)\b/, terms: ['vomiting'] },
  { pattern: /\bnose ?bleeds?\b/, terms: ['epistaxis'] },
  { pattern: /\bblood in (the |his |her |my )?urine\b/, terms: ['hematuria'] },
  { pattern: /\b(overweight|obese)\b/, terms: ['obesity'] },
  { pattern: /\b(itch\w*)\b/, terms: ['pruritus'] },
  { pattern: /\brash\w*\b/, terms: ['skin rash'] },
  { pattern: /\b(memory (loss|problems?)|forgetful\w*|forgets)\b/, terms: ['memory impairment'] },
  { pattern: /\b(shak\w*|trembl\w*|tremors?)\b/, terms: ['tremor'] },
  { pattern: /\b(muscle pains?|muscles? (ache|hurt)\w*|aching muscles?)\b/, terms: ['myalgia'] },
  { pattern: /\b(broken bones|bones? break\w*|fractures?|brittle bones)\b/, terms: ['recurrent fractures'] },
  {
    pattern:
      /\b(crooked|bad|misaligned) teeth\b|\bteeth (do not|don'?t) (meet|fit)\b|\boverbite\b|\bunderbite\b/,
    terms: ['dental malocclusion'],
  },
  { pattern: /\b(small|tiny|missing) ears?\b/, terms: ['microtia'] },
  { pattern: /\b(small|short|receding) (jaw|chin)\b/, terms: ['micrognathia'] },
  {
    pattern:
      /\b(leg|arm|body) (grow\w* )?(faster|bigger|longer) on one side\b|\bone side (of the body )?(is )?(bigger|larger|longer)\b/,
    terms: ['hemihypertrophy', 'asymmetric growth'],
  },
  { pattern: /\bnumb\w*\b|\bpins and needles\b|\btingl\w*\b/, terms: ['paresthesia'] },
  { pattern: /\bsweat\w* (too much|a lot)\b|\bexcessive sweating\b/, terms: ['hyperhidrosis'] },
];

export interface PhenotypeOccurrence {
  conditionId: ConditionId;
  /** As written in the source (`90%`, `25/25`), or null. */
  frequency: string | null;
  frequencyValue: number | null;
}

interface PhenotypeEntry {
  /** The name as written in the source. */
  name: string;
  tokens: string[];
  occurrences: PhenotypeOccurrence[];
  /** Specificity: ln(1 + conditions with a symptom list / conditions listing this phenotype). */
  idf: number;
}

export interface SymptomIndex {
  phenotypes: PhenotypeEntry[];
  /** Stemmed word → indexes into `phenotypes`. */
  byToken: Map<string, number[]>;
  conditions: ReadonlyMap<ConditionId, Condition>;
  /** How many conditions have a symptom list. */
  conditionCount: number;
}

/** Content words of a text, stemmed, without filler words. */
export function contentTokens(text: string): string[] {
  return [
    ...new Set(
      words(text)
        .filter((w) => !FILLER.has(w))
        .map(stem),
    ),
  ];
}

/** Cuts a description into symptom phrases: "fits, and one side of the face is shrinking" → 2 phrases. */
export function splitSymptoms(text: string): string[] {
  return text
    .slice(0, SYMPTOM_PARAMS.maxTextLength)
    .split(/[\n\r;,.!?•·]+|\band\b|\bas well as\b|\bplus\b|\balso\b/i)
    .map((part) => part.replace(/\s+/g, ' ').trim())
    .filter((part) => contentTokens(part).length > 0)
    .slice(0, SYMPTOM_PARAMS.maxPhrases);
}

/** One way to read a phrase: content words, and how much a match through this reading counts. */
export interface Reading {
  tokens: string[];
  weight: number;
}

/** The readings of a phrase: its own words, plus ontology wordings from `LAY_TERMS`. */
export function phraseReadings(phrase: string): Reading[] {
  const normalized = words(phrase).join(' ');
  const readings: Reading[] = [{ tokens: contentTokens(phrase), weight: 1 }];
  for (const { pattern, terms } of LAY_TERMS) {
    if (!pattern.test(normalized)) continue;
    terms.forEach((term, i) =>
      readings.push({
        tokens: contentTokens(term),
        weight: i === 0 ? 1 : SYMPTOM_PARAMS.secondaryTermWeight,
      }),
    );
  }
  return readings.filter((r) => r.tokens.length > 0);
}

/** Frequency weight of a phenotype row (see SYMPTOM_PARAMS). */
export function frequencyWeight(frequencyValue: number | null): number {
  if (frequencyValue === null) return SYMPTOM_PARAMS.unknownFrequencyWeight;
  const f = Math.min(1, Math.max(0, frequencyValue));
  return SYMPTOM_PARAMS.frequencyBase + SYMPTOM_PARAMS.frequencySlope * f;
}

/** How strongly a phrase reading matches a phenotype name (0 when it does not). */
export function matchStrength(reading: readonly string[], phenotypeTokens: readonly string[]): number {
  const have = new Set(reading);
  const covered = phenotypeTokens.filter((t) => have.has(t)).length;
  if (covered === phenotypeTokens.length) return SYMPTOM_PARAMS.fullMatch;
  const inName = new Set(phenotypeTokens);
  const allReadingInName = reading.every((t) => inName.has(t));
  if (allReadingInName && phenotypeTokens.length - reading.length <= SYMPTOM_PARAMS.partialExtraWords) {
    return SYMPTOM_PARAMS.partialMatch;
  }
  return 0;
}

/** One phenotype row's contribution to a condition's score. */
export function conditionScore(strength: number, idf: number, frequencyValue: number | null): number {
  return strength * idf * frequencyWeight(frequencyValue);
}

/** Builds the index from every article's phenotype rows (GARD symptom answers carry them). */
export function buildSymptomIndex(
  articles: Iterable<Article>,
  conditions: ReadonlyMap<ConditionId, Condition>,
): SymptomIndex {
  const byName = new Map<string, { name: string; occurrences: Map<ConditionId, PhenotypeOccurrence> }>();
  const withList = new Set<ConditionId>();
  for (const article of articles) {
    for (const row of article.phenotypes) {
      if (NOT_A_SYMPTOM.test(row.name)) continue;
      const key = words(row.name).join(' ');
      if (!key) continue;
      let entry = byName.get(key);
      if (!entry) byName.set(key, (entry = { name: row.name, occurrences: new Map() }));
      const seen = entry.occurrences.get(article.conditionId);
      // One condition may list a phenotype twice (two source articles): keep the known, higher frequency.
      if (!seen || (row.frequencyValue ?? -1) > (seen.frequencyValue ?? -1)) {
        entry.occurrences.set(article.conditionId, {
          conditionId: article.conditionId,
          frequency: row.frequency,
          frequencyValue: row.frequencyValue,
        });
      }
      withList.add(article.conditionId);
    }
  }
  const conditionCount = withList.size;
  const phenotypes: PhenotypeEntry[] = [];
  const byToken = new Map<string, number[]>();
  for (const { name, occurrences } of byName.values()) {
    const tokens = contentTokens(name);
    if (tokens.length === 0) continue;
    const index = phenotypes.length;
    phenotypes.push({
      name,
      tokens,
      occurrences: [...occurrences.values()],
      idf: Math.log(1 + conditionCount / occurrences.size),
    });
    for (const token of tokens) {
      const list = byToken.get(token);
      if (list) list.push(index);
      else byToken.set(token, [index]);
    }
  }
  return { phenotypes, byToken, conditions, conditionCount };
}

/** A phenotype a phrase matches: how strongly, and the specificity to credit. */
export interface PhraseMatch {
  strength: number;
  idf: number;
}

/**
 * The phenotypes a phrase matches, with the best reading's strength for each. A partial match
 * ("seizures" → "Dialeptic seizures") counts only when the words also name a phenotype exactly
 * ("Seizures"), and is credited with no more specificity than that one: saying less must not score
 * as if one had said something rarer, and a stray word ("short") must not match "Short hard palate".
 */
export function matchPhrase(index: SymptomIndex, phrase: string): Map<number, PhraseMatch> {
  const matches = new Map<number, PhraseMatch>();
  for (const reading of phraseReadings(phrase)) {
    const candidates = new Set<number>();
    for (const token of reading.tokens) for (const i of index.byToken.get(token) ?? []) candidates.add(i);
    const found: Array<{ i: number; strength: number }> = [];
    let exactIdf = Infinity;
    for (const i of candidates) {
      const entry = index.phenotypes[i];
      const strength = matchStrength(reading.tokens, entry.tokens) * reading.weight;
      if (strength <= 0) continue;
      found.push({ i, strength });
      if (entry.tokens.length === reading.tokens.length && strength >= reading.weight)
        exactIdf = Math.min(exactIdf, entry.idf);
    }
    for (const { i, strength } of found) {
      const entry = index.phenotypes[i];
      const full = strength >= reading.weight * SYMPTOM_PARAMS.fullMatch;
      if (!full && exactIdf === Infinity) continue;
      const idf = full ? entry.idf : Math.min(entry.idf, exactIdf);
      const prev = matches.get(i);
      if (!prev || strength * idf > prev.strength * prev.idf) matches.set(i, { strength, idf });
    }
  }
  return matches;
}

/**
 * Conditions ranked by how well their symptom lists match the described symptoms, best first,
 * each with the rows that matched (and how often they occur) and the phrases that matched nothing.
 */
export function searchSymptoms(index: SymptomIndex, text: string, limit: number): SymptomMatch[] {
  const phrases = splitSymptoms(text);
  type Best = { score: number; phenotype: string; frequency: string | null };
  const perCondition = new Map<ConditionId, Map<string, Best>>();
  for (const phrase of phrases) {
    for (const [i, match] of matchPhrase(index, phrase)) {
      const entry = index.phenotypes[i];
      for (const occ of entry.occurrences) {
        const score = conditionScore(match.strength, match.idf, occ.frequencyValue);
        let byPhrase = perCondition.get(occ.conditionId);
        if (!byPhrase) perCondition.set(occ.conditionId, (byPhrase = new Map<string, Best>()));
        const best = byPhrase.get(phrase);
        if (!best || score > best.score)
          byPhrase.set(phrase, { score, phenotype: entry.name, frequency: occ.frequency });
      }
    }
  }
  const results: SymptomMatch[] = [];
  for (const [conditionId, byPhrase] of perCondition) {
    const condition = index.conditions.get(conditionId);
    if (!condition) continue;
    let score = 0;
    const matched: SymptomMatch['matched'] = [];
    for (const phrase of phrases) {
      const best = byPhrase.get(phrase);
      if (!best) continue;
      score += best.score;
      matched.push({ query: phrase, phenotype: best.phenotype, frequency: best.frequency });
    }
    const unmatched = phrases.filter((p) => !byPhrase.has(p));
    results.push({ condition, score: Math.round(score * 1000) / 1000, matched, unmatched });
  }
  results.sort(
    (a, b) =>
      b.score - a.score ||
      b.matched.length - a.matched.length ||
      a.condition.preferredName.localeCompare(b.condition.preferredName),
  );
  return results.slice(0, Math.max(0, limit));
}
