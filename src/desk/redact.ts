/**
 * Removes personal data from text before it is published: email addresses, phone numbers, postal
 * addresses, exact dates (of birth or otherwise), and names (the sender's known name, and names
 * introduced by phrases like "my name is", "my son", "Dear", or a sign-off). Pure: no I/O.
 *
 * Each kind of data is one rule below (a pattern and the placeholder it becomes), applied in
 * order. The rules err on the side of removing too much; a specialist reads the result before
 * anything is published.
 */

export type RedactionKind = 'email' | 'phone' | 'address' | 'date' | 'name';

export interface RedactionResult {
  text: string;
  /** How many of each kind were removed (never the removed text itself). */
  counts: Record<RedactionKind, number>;
}

export interface RedactOptions {
  /** Names known to belong to the person (e.g. the inquiry's sender name). */
  knownNames?: Array<string | null | undefined>;
}

/** Placeholders that replace removed data. */
export const PLACEHOLDERS: Record<RedactionKind, string> = {
  email: '[email]',
  phone: '[phone]',
  address: '[address]',
  date: '[date]',
  name: '[name]',
};

const MONTHS =
  'Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?';
const STREET_TYPES =
  'Street|St|Avenue|Ave|Road|Rd|Lane|Ln|Drive|Dr|Boulevard|Blvd|Court|Ct|Way|Place|Pl|Terrace|Crescent|Close|Square|Sq|Highway|Hwy|Parkway|Pkwy|Strasse|Straße|Weg|Laan|Straat';
/** A capitalized word, as names are written (Anne, O'Brien, Jean-Luc). */
const NAME_WORD = "[A-Z][a-zà-ÿ]+(?:['’-][A-Z]?[a-zà-ÿ]+)?";
/** One to three capitalized words. */
const FULL_NAME = `${NAME_WORD}(?:\\s+${NAME_WORD}){0,2}`;
const RELATIVES =
  'son|daughter|child|baby|husband|wife|partner|mother|mum|mom|father|dad|brother|sister|friend|grandson|granddaughter|grandmother|grandfather|niece|nephew|cousin|aunt|uncle|fiancée?|boyfriend|girlfriend|patient|doctor|neurologist|physician|pediatrician|paediatrician';

interface Rule {
  kind: RedactionKind;
  pattern: RegExp;
  /** Which capture group holds the data (0 = the whole match). */
  group: number;
}

/** The rules, in the order applied. Emails first (they contain digits and dots), names last. */
export const RULES: Rule[] = [
  { kind: 'email', pattern: /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g, group: 0 },
  // street addresses: a house number, one to four words, a street type, and an optional city/post code tail
  {
    kind: 'address',
    pattern: new RegExp(
      `\\b\\d{1,5}[A-Za-z]?\\s+(?:[A-Z][\\w'.-]*\\s+){1,4}(?:${STREET_TYPES})\\b\\.?(?:,?\\s+(?:Apt|Suite|Unit|Flat)\\.?\\s*\\w+)?(?:,\\s*[A-Z][\\w .'-]*?(?:,\\s*[A-Z]{2})?(?:\\s+\\d{4,5}(?:-\\d{4})?)?(?=[.,;\\n]|$))?`,
      'g',
    ),
    group: 0,
  },
  // "I live at ..." / "our address is ..." up to the end of the sentence
  { kind: 'address', pattern: /\b(?:live|living|reside|residing) (?:at|on)\s+([^.\n]+)/gi, group: 1 },
  { kind: 'address', pattern: /\baddress(?: is|:)\s+([^.\n]+)/gi, group: 1 },
  { kind: 'address', pattern: /\b(?:P\.?\s?O\.?\s+Box)\s+\d+/gi, group: 0 },
  // UK post codes (SW1A 1AA) and US state + ZIP (MA 02139)
  { kind: 'address', pattern: /\b[A-Z]{1,2}\d[A-Z\d]?\s+\d[A-Z]{2}\b/g, group: 0 },
  { kind: 'address', pattern: /\b[A-Z]{2}\s+\d{5}(?:-\d{4})?\b/g, group: 0 },
  // exact dates: 2015-03-12, 12/03/2015, 12.03.15, 12 March 2015, March 12th, 2015
  { kind: 'date', pattern: /\b\d{4}-\d{2}-\d{2}\b/g, group: 0 },
  { kind: 'date', pattern: /\b\d{1,2}[/.-]\d{1,2}[/.-](?:\d{4}|\d{2})\b/g, group: 0 },
  {
    kind: 'date',
    pattern: new RegExp(`\\b\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?:${MONTHS})\\.?,?\\s+\\d{4}\\b`, 'gi'),
    group: 0,
  },
  {
    kind: 'date',
    pattern: new RegExp(`\\b(?:${MONTHS})\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}\\b`, 'gi'),
    group: 0,
  },
  // phone numbers: 7 to 15 digits with the usual separators, optionally +country code
  {
    kind: 'phone',
    pattern:
      /(?<![\w[])(?<!PMID:?\s?)(?:\+\d{1,3}[\s.-]?)?(?:\(\d{1,5}\)[\s.-]?)?\d(?:[\s.-]?\d){6,14}(?![\w\]])/g,
    group: 0,
  },
  // names introduced by a phrase
  {
    kind: 'name',
    pattern: new RegExp(`\\b(?:[Mm]y name is|I am|I'm|[Tt]his is|[Cc]alled|[Nn]amed)\\s+(${FULL_NAME})`, 'g'),
    group: 1,
  },
  {
    kind: 'name',
    pattern: new RegExp(
      `\\b(?:[Mm]y|[Oo]ur|[Hh]is|[Hh]er)\\s+(?:\\w+\\s+)?(?:${RELATIVES}),?\\s+(${FULL_NAME})`,
      'g',
    ),
    group: 1,
  },
  { kind: 'name', pattern: new RegExp(`\\b(?:Mr|Mrs|Ms|Miss|Dr|Prof)\\.?\\s+(${FULL_NAME})`, 'g'), group: 1 },
  { kind: 'name', pattern: new RegExp(`^\\s*(?:Dear|Hello|Hi)\\s+(${FULL_NAME})`, 'gm'), group: 1 },
  // sign-offs: "Thanks,\nAnna Smith" or "Best regards, Anna"
  {
    kind: 'name',
    pattern: new RegExp(
      `(?:^|\\n)\\s*(?:Thanks?(?: you)?|Many thanks|Best(?: wishes| regards)?|Kind regards|Regards|Sincerely(?: yours)?|Yours(?: sincerely| truly)?|Cheers|Warm(?:est)? regards)[,.!]?[ \\t]*\\n?[ \\t]*(${FULL_NAME})\\s*$`,
      'g',
    ),
    group: 1,
  },
];

/** Escapes a string for use inside a RegExp. */
function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Rules for the person's known names: the full name and each part of two or more letters. */
function knownNameRules(names: Array<string | null | undefined>): Rule[] {
  const words = new Set<string>();
  for (const name of names) {
    if (!name) continue;
    const trimmed = name.trim();
    if (trimmed.length >= 2) words.add(trimmed);
    for (const part of trimmed.split(/[\s,]+/)) if (part.length >= 2) words.add(part);
  }
  // Longest first, so "Anna Smith" is removed whole before "Anna".
  return [...words]
    .sort((a, b) => b.length - a.length)
    .map((word) => ({
      kind: 'name' as const,
      pattern: new RegExp(`(?<![\\w])${escapeRegExp(word)}(?![\\w])`, 'gi'),
      group: 0,
    }));
}

function applyRule(text: string, rule: Rule, counts: Record<RedactionKind, number>): string {
  const placeholder = PLACEHOLDERS[rule.kind];
  return text.replace(rule.pattern, (...args: unknown[]) => {
    const match = args[0] as string;
    const captured = rule.group === 0 ? match : (args[rule.group] as string | undefined);
    if (!captured || captured === placeholder) return match;
    counts[rule.kind] += 1;
    if (rule.group === 0) return placeholder;
    const at = match.lastIndexOf(captured);
    return match.slice(0, at) + placeholder + match.slice(at + captured.length);
  });
}

/** Removes personal data from `text`; see the module comment for what counts. */
export function redact(text: string, options: RedactOptions = {}): RedactionResult {
  const counts: Record<RedactionKind, number> = { email: 0, phone: 0, address: 0, date: 0, name: 0 };
  const rules = [...RULES.slice(0, 1), ...knownNameRules(options.knownNames ?? []), ...RULES.slice(1)];
  let out = text;
  for (const rule of rules) out = applyRule(out, rule, counts);
  return { text: out, counts };
}

/** Total number of removals in a result. */
export function redactionCount(result: RedactionResult): number {
  return Object.values(result.counts).reduce((a, b) => a + b, 0);
}
