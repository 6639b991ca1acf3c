/**
 * Pure edits a specialist makes to a drafted letter: rewrite a section's text, swap in another
 * article, add a reference, add an organization. Each returns a new letter; nothing is mutated.
 * Citation markers `[n]` in section text refer to `letter.references[n-1]`.
 */
import type { LetterReference, LetterSection, ReplyLetter, SectionFlag } from '../compose/types.js';
import { needsReview } from '../compose/index.js';
import type { Article, Block, Organization, Reference } from '../kb/types.js';
import { AppError } from '../errors.js';

const CITATION = /\[(\d+)\]/g;

/**
 * Blocks as plain text a person can edit: paragraphs separated by blank lines, `## ` headings,
 * `- ` or `1. ` list items, and table rows with cells separated by ` | `.
 */
export function blocksToText(blocks: Block[]): string {
  return blocks
    .map((block) => {
      switch (block.type) {
        case 'paragraph':
          return block.text;
        case 'heading':
          return `## ${block.text}`;
        case 'list':
          return block.items.map((item, i) => (block.ordered ? `${i + 1}. ${item}` : `- ${item}`)).join('\n');
        case 'table':
          return [block.header, ...block.rows].map((row) => row.join(' | ')).join('\n');
      }
    })
    .join('\n\n');
}

const BULLET = /^\s*[-•*]\s+/;
const NUMBERED = /^\s*\d+[.)]\s+/;

/** Parses text written as `blocksToText` writes it back into blocks. */
export function textToBlocks(text: string): Block[] {
  const chunks = text
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((chunk) => chunk.trim())
    .filter((chunk) => chunk.length > 0);
  return chunks.map((chunk): Block => {
    const lines = chunk.split('\n').map((line) => line.trim());
    if (lines.length === 1 && lines[0].startsWith('## ')) {
      return { type: 'heading', text: lines[0].slice(3).trim() };
    }
    if (lines.every((line) => BULLET.test(line))) {
      return { type: 'list', ordered: false, items: lines.map((line) => line.replace(BULLET, '')) };
    }
    if (lines.every((line) => NUMBERED.test(line))) {
      return { type: 'list', ordered: true, items: lines.map((line) => line.replace(NUMBERED, '')) };
    }
    if (lines.length >= 2 && lines.every((line) => line.includes(' | '))) {
      const [header, ...rows] = lines.map((line) => line.split(' | ').map((cell) => cell.trim()));
      return { type: 'table', header: header, rows };
    }
    return { type: 'paragraph', text: lines.join(' ') };
  });
}

function withSection(letter: ReplyLetter, index: number, section: LetterSection): ReplyLetter {
  const sections = letter.sections.map((s, i) => (i === index ? section : s));
  return {
    ...letter,
    sections,
    needsReview: needsReview(sections),
  };
}

function sectionAt(letter: ReplyLetter, index: number): LetterSection {
  const section = letter.sections[index];
  if (!section) throw new AppError('not_found', `the letter has no section ${index + 1}`);
  return section;
}

/** Citation numbers `[n]` used in blocks. */
function citedNumbers(blocks: Block[]): number[] {
  return [...blocksToText(blocks).matchAll(CITATION)].map((m) => Number(m[1]));
}

/**
 * Replaces a section's text with what the specialist wrote. Citation numbers must exist in the
 * letter's reference list (else `bad_input`). The section no longer counts as unanswered.
 */
export function editSectionText(letter: ReplyLetter, index: number, text: string): ReplyLetter {
  const section = sectionAt(letter, index);
  const blocks = textToBlocks(text);
  if (blocks.length === 0) throw new AppError('bad_input', 'the section text is empty', { field: 'text' });
  const known = new Set(letter.references.map((r) => r.n));
  const unknown = citedNumbers(blocks).filter((n) => !known.has(n));
  if (unknown.length > 0) {
    throw new AppError(
      'bad_input',
      `the text cites [${unknown[0]}] but the letter has no reference ${unknown[0]}; add the reference first`,
      { field: 'text' },
    );
  }
  const flags = section.flags.filter((f) => f !== 'no_answer' && f !== 'partial' && f !== 'unknown_medicine');
  return withSection(letter, index, { ...section, blocks, flags });
}

function sameReference(a: Reference, b: Reference): boolean {
  if (a.pmid && b.pmid) return a.pmid === b.pmid;
  if (a.url && b.url) return a.url === b.url;
  return a.title.trim().toLowerCase() === b.title.trim().toLowerCase();
}

/**
 * Puts references into the letter's list (reusing an equal one already there) and returns the
 * new list and the number each one got.
 */
function mergeReferences(
  existing: LetterReference[],
  added: Reference[],
  source: { collection: string | null; license: string | null },
): { references: LetterReference[]; numbers: number[] } {
  const references = [...existing];
  const numbers = added.map((ref) => {
    const found = references.find((r) => sameReference(r, ref));
    if (found) return found.n;
    const n = references.reduce((max, r) => Math.max(max, r.n), 0) + 1;
    references.push({ ...ref, n, ...source });
    return n;
  });
  return { references, numbers };
}

function renumber(blocks: Block[], map: (n: number) => number): Block[] {
  const fix = (text: string) => text.replace(CITATION, (_m, d: string) => `[${map(Number(d))}]`);
  return blocks.map((block): Block => {
    switch (block.type) {
      case 'paragraph':
      case 'heading':
        return { ...block, text: fix(block.text) };
      case 'list':
        return { ...block, items: block.items.map(fix) };
      case 'table':
        return { ...block, header: block.header.map(fix), rows: block.rows.map((r) => r.map(fix)) };
    }
  });
}

/**
 * Uses `article` for a section instead of what the engine chose: its blocks (citations renumbered
 * into the letter's list), its date, and it becomes the section's first source. For an article
 * without answer text the section points to the source page instead.
 */
export function swapArticle(letter: ReplyLetter, index: number, article: Article): ReplyLetter {
  const section = sectionAt(letter, index);
  const { references, numbers } = mergeReferences(letter.references, article.references, {
    collection: article.provenance.collection,
    license: article.provenance.license,
  });
  const blocks: Block[] = article.hasAnswer
    ? renumber(article.blocks, (n) => numbers[n - 1] ?? n)
    : [
        {
          type: 'paragraph',
          text: `The answer to this question is on the source page: ${article.provenance.url ?? 'see the references'}.`,
        },
      ];
  const flags: SectionFlag[] = section.flags.filter(
    (f) => f !== 'no_answer' && f !== 'partial' && f !== 'pointer_only',
  );
  if (!article.hasAnswer) flags.push('pointer_only');
  const next: LetterSection = {
    ...section,
    blocks,
    articleIds: [article.id, ...section.articleIds.filter((id) => id !== article.id)],
    flags,
    lastUpdated: article.lastUpdated,
  };
  return { ...withSection(letter, index, next), references };
}

/** Adds a reference to the letter and cites it at the end of the section's text. */
export function addReference(letter: ReplyLetter, index: number, reference: Reference): ReplyLetter {
  const section = sectionAt(letter, index);
  if (!reference.title.trim())
    throw new AppError('bad_input', 'the reference needs a title', { field: 'title' });
  const { references, numbers } = mergeReferences(letter.references, [reference], {
    collection: null,
    license: null,
  });
  const marker = `[${numbers[0]}]`;
  const blocks = [...section.blocks];
  const last = blocks[blocks.length - 1];
  if (last && last.type === 'paragraph') {
    if (!last.text.includes(marker)) blocks[blocks.length - 1] = { ...last, text: `${last.text}${marker}` };
  } else {
    blocks.push({ type: 'paragraph', text: `See also ${marker}.` });
  }
  return { ...withSection(letter, index, { ...section, blocks }), references };
}

/** Adds an organization to a section (once). */
export function addOrganization(letter: ReplyLetter, index: number, organization: Organization): ReplyLetter {
  const section = sectionAt(letter, index);
  if (section.organizations.some((o) => o.id === organization.id)) return letter;
  return withSection(letter, index, {
    ...section,
    organizations: [...section.organizations, organization],
  });
}

/** True when the letter to send differs from the engine's draft in content. */
export function differsFromDraft(draft: ReplyLetter, sent: ReplyLetter): boolean {
  const content = (l: ReplyLetter) =>
    JSON.stringify({
      s: l.sections.map((s) => [s.blocks, s.organizations.map((o) => o.id)]),
      r: l.references,
    });
  return content(draft) !== content(sent);
}
