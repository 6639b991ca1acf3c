/**
 * Turning MedQuAD's flattened answer text into structure: paragraphs and bullet lists, the question
 * heading GARD answers open with, and the Human Phenotype Ontology symptom table of GARD symptom answers.
 *
 * MedQuAD stored each answer as one string: line breaks mostly gone, lists flattened to
 * " - item  - item", tables to "name frequency name frequency". Everything here is a small pure
 * function, deliberately conservative: when a pattern is not clearly there, text stays a paragraph.
 */
import type { Block, Phenotype } from '../kb/index.js';

/** Words a question heading may start with (GARD sub-section headings are questions). */
const QUESTION_WORDS =
  'What|How|Is|Are|Can|Could|Do|Does|Did|Has|Have|Who|Whom|Which|Where|When|Why|Should|Will|Would|If';

/** A question heading at the very start of an answer: "How might X be treated?" (no sentence break inside). */
const LEADING_QUESTION = new RegExp(`^((?:${QUESTION_WORDS})\\b[^?.!]{3,200}\\?)(?:\\s+|$)`);

/** A question heading in the middle of GARD prose, after a sentence end and before a capitalized sentence. */
const INNER_QUESTION = new RegExp(
  `(?<=[.!?)]\\s)((?:${QUESTION_WORDS})\\b[^?.!]{3,200}\\?)\\s+(?=[A-Z0-9])`,
  'g',
);

/** Collapses runs of whitespace and trims. */
export function cleanText(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * Splits a question heading off the start of an answer ("How might X be treated? Treatment is ...").
 * Returns the heading (null when the answer does not open with one) and the rest of the answer.
 */
export function splitLeadingQuestion(answer: string): { heading: string | null; rest: string } {
  const text = answer.trim();
  const match = LEADING_QUESTION.exec(text);
  if (!match?.[1]) return { heading: null, rest: text };
  return { heading: cleanText(match[1]), rest: text.slice(match[0].length).trim() };
}

/** One list marker: a dash at the start of a line or after two or more spaces ("  - item"). */
const LIST_MARKER = /(?:^|\s{2,}|\n\s*)-\s+(?=\S)/;
const LIST_MARKER_GLOBAL = new RegExp(LIST_MARKER.source, 'g');

/** Paragraph breaks inside a line: three or more spaces, or two after a sentence end before a capital. */
const PARAGRAPH_BREAK = /\s{3,}|(?<=[.!?:"])\s{2}(?=[A-Z0-9("])/;

function paragraphs(text: string): Block[] {
  return text
    .split(PARAGRAPH_BREAK)
    .map(cleanText)
    .filter((t) => t !== '')
    .map((t) => ({ type: 'paragraph', text: t }));
}

/**
 * One line of answer text (a stretch without line breaks) → blocks. A list is a run of
 * "  - item" markers; text before the first marker is prose, and an item ends early where three or
 * more spaces follow it ("- Palliative Care   These resources ..."): the rest is prose again.
 */
function lineToBlocks(line: string): Block[] {
  const parts = line.split(LIST_MARKER_GLOBAL);
  const blocks: Block[] = paragraphs(parts[0] ?? '');
  let items: string[] = [];
  const flush = () => {
    if (items.length > 0) blocks.push({ type: 'list', ordered: false, items });
    items = [];
  };
  for (const part of parts.slice(1)) {
    const gap = /\s{3,}/.exec(part.trimEnd());
    const item = cleanText(gap ? part.slice(0, gap.index) : part);
    if (item) items.push(item);
    if (gap) {
      flush();
      blocks.push(...paragraphs(part.slice(gap.index)));
    }
  }
  flush();
  return blocks;
}

/**
 * A paragraph ending in ":" followed by two or more short lines without a final full stop is a list
 * written one item per line (NHLBI's "They include:\nSmoking\nHigh blood pressure").
 */
function mergeLineLists(blocks: Block[]): Block[] {
  const out: Block[] = [];
  let i = 0;
  while (i < blocks.length) {
    const block = blocks[i];
    out.push(block);
    i++;
    if (block.type !== 'paragraph' || !block.text.endsWith(':')) continue;
    const items: string[] = [];
    while (i < blocks.length) {
      const next = blocks[i];
      if (next.type !== 'paragraph' || next.text.length > 120 || /[.!?:]$/.test(next.text)) break;
      items.push(next.text);
      i++;
    }
    if (items.length >= 2) out.push({ type: 'list', ordered: false, items });
    else if (items.length === 1) out.push({ type: 'paragraph', text: items[0] });
  }
  return out;
}

/** Answer text → paragraphs and bullet lists. */
export function answerToBlocks(text: string): Block[] {
  const lines = text.split(/\r?\n/).filter((l) => l.trim() !== '');
  // a line that is only a list marker's continuation keeps its dash: join "- item" lines back with a marker
  const blocks = lines.flatMap((line) => lineToBlocks(/^\s*-\s/.test(line) ? `  ${line.trim()}` : line));
  return mergeLists(mergeLineLists(blocks));
}

/** Adjacent lists (one item per source line) become one list. */
function mergeLists(blocks: Block[]): Block[] {
  const out: Block[] = [];
  for (const block of blocks) {
    const last = out[out.length - 1];
    if (block.type === 'list' && last?.type === 'list' && last.ordered === block.ordered) {
      out[out.length - 1] = { ...last, items: [...last.items, ...block.items] };
    } else out.push(block);
  }
  return out;
}

/**
 * GARD prose → blocks, turning the question headings in the middle of an answer
 * ("... confirms the diagnosis. Is genetic testing available for X? Yes, ...") into heading blocks.
 */
export function gardProseToBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  let last = 0;
  for (const match of text.matchAll(INNER_QUESTION)) {
    blocks.push(...answerToBlocks(text.slice(last, match.index)));
    blocks.push({ type: 'heading', text: cleanText(match[1]) });
    last = match.index + match[0].length;
  }
  blocks.push(...answerToBlocks(text.slice(last)));
  return blocks;
}

// ---- Human Phenotype Ontology tables (GARD symptom answers) ----

/** Header of the flattened table, and the explanation that always follows it. */
const HPO_TABLE_START = /Signs and Symptoms\s+Approximate number of patients \(when available\)\s*/;
const HPO_TABLE_END = /\s*The Human Phenotype Ontology \(HPO\) has collected information/;

/** One row: a name, then a frequency (`90%`, `7.5%`, `25/25`, `3 of 4`) or `-` for unknown. */
const HPO_ROW = /\s*(.+?)\s+(\d+(?:\.\d+)?%|\d+\s*\/\s*\d+|\d+ of \d+|-)(?=\s|$)/gy;

/** `90%` → 0.9, `7.5%` → 0.075, `3/4` and `3 of 4` → 0.75; null for anything else or out of [0, 1]. */
export function frequencyValue(frequency: string): number | null {
  const percent = /^(\d+(?:\.\d+)?)%$/.exec(frequency);
  const fraction = /^(\d+)\s*(?:\/|of)\s*(\d+)$/.exec(frequency);
  let value: number | null = null;
  if (percent) value = Number(percent[1]) / 100;
  else if (fraction && Number(fraction[2]) > 0) value = Number(fraction[1]) / Number(fraction[2]);
  return value !== null && value >= 0 && value <= 1 ? value : null;
}

/** The rows of a flattened HPO table ("Seizures 50% Ptosis 7.5% Ataxia - ..."); null if it does not parse whole. */
export function parseHpoRows(table: string): Phenotype[] | null {
  const rows: Phenotype[] = [];
  const text = table.trim();
  HPO_ROW.lastIndex = 0;
  let end = 0;
  for (let m = HPO_ROW.exec(text); m; m = HPO_ROW.exec(text)) {
    const frequency = m[2] === '-' ? null : cleanText(m[2]);
    rows.push({
      name: cleanText(m[1]),
      frequency,
      frequencyValue: frequency ? frequencyValue(frequency) : null,
    });
    end = HPO_ROW.lastIndex;
  }
  return text.slice(end).trim() === '' ? rows : null;
}

export interface SymptomAnswer {
  /** Prose before the table, the table itself, and the explanation after it. */
  blocks: Block[];
  phenotypes: Phenotype[];
}

/**
 * A GARD symptom answer with an embedded HPO table → prose paragraphs around a table block, and the
 * rows as phenotypes. Returns null when the text has no table (or one that does not parse).
 */
export function parseSymptomAnswer(text: string): SymptomAnswer | null {
  const start = HPO_TABLE_START.exec(text);
  if (!start) return null;
  const afterHeader = text.slice(start.index + start[0].length);
  const end = HPO_TABLE_END.exec(afterHeader);
  const tableText = end ? afterHeader.slice(0, end.index) : afterHeader;
  const phenotypes = parseHpoRows(tableText);
  if (!phenotypes || phenotypes.length === 0) return null;
  const after = end ? afterHeader.slice(end.index) : '';
  const blocks: Block[] = [
    ...gardProseToBlocks(text.slice(0, start.index)),
    {
      type: 'table',
      header: ['Signs and symptoms', 'Approximate number of patients (when available)'],
      rows: phenotypes.map((p) => [p.name, p.frequency ?? '-']),
    },
    ...gardProseToBlocks(after),
  ];
  return { blocks, phenotypes };
}

// ---- canonical questions ----

/** MedQuAD templates that read as notes rather than questions, rewritten as questions. */
const TEMPLATE_REWRITES: Array<[RegExp, string]> = [
  [/^How to diagnose (.+)\?$/i, 'How is $1 diagnosed?'],
  [/^How to prevent (.+)\?$/i, 'How can $1 be prevented?'],
  [/^What to do for (.+)\?$/i, 'What can be done for $1?'],
];

/**
 * A clean question from MedQuAD's templated one: "What is (are) X ?" → "What is X?",
 * "Who is at risk for X? ?" → "Who is at risk for X?", "How to diagnose X ?" → "How is X diagnosed?";
 * first letter capitalized, one final "?".
 */
export function cleanTemplatedQuestion(question: string): string {
  let q = cleanText(question)
    .replace(/\bis \(are\)/i, 'is')
    .replace(/\s+\?/g, '?')
    .replace(/\?+(\s*\?)*$/, '?');
  if (!q.endsWith('?')) q = `${q}?`;
  for (const [pattern, replacement] of TEMPLATE_REWRITES) q = q.replace(pattern, replacement);
  return q.charAt(0).toUpperCase() + q.slice(1);
}
