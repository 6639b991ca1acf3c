/**
 * The article editor's plain-text encoding of structured blocks and references.
 *
 * The editor is a server-rendered form without client scripts, so every block is one `<textarea>`
 * plus a type selector. The text inside follows a few rules a curator learns in a minute:
 * - paragraph, heading: the text as is (line breaks inside a paragraph become spaces);
 * - list: one item per line (empty lines ignored), with an "ordered" checkbox;
 * - table: one row per line, cells separated by `|`; the first line is the header.
 * A block whose textarea is left empty is dropped: that is how a block is deleted.
 *
 * References are one fieldset each (title required, every other field optional); a reference whose
 * fields are all empty is dropped.
 */
import { AppError } from '../../errors.js';
import type { Block, Reference } from '../../kb/types.js';

/** Limits that keep one article's form reasonable; a form over them is rejected with `bad_input`. */
export const EDITOR_LIMITS = {
  /** Blocks per article. */
  maxBlocks: 200,
  /** References per article. */
  maxReferences: 200,
  /** Characters in one block's text. */
  maxBlockChars: 20_000,
  /** Characters in one reference field. */
  maxFieldChars: 2_000,
  /** Empty block and reference slots offered at the end of the form. */
  emptySlots: 2,
} as const;

export type BlockType = Block['type'];
export const BLOCK_TYPES: readonly BlockType[] = ['paragraph', 'heading', 'list', 'table'];

/** The reference fields in form order, with their labels. */
export const REFERENCE_FIELDS: ReadonlyArray<{ key: keyof Reference; label: string }> = [
  { key: 'title', label: 'Title' },
  { key: 'authors', label: 'Authors' },
  { key: 'journal', label: 'Journal or publisher' },
  { key: 'date', label: 'Date' },
  { key: 'volume', label: 'Volume' },
  { key: 'issue', label: 'Issue' },
  { key: 'pages', label: 'Pages' },
  { key: 'pmid', label: 'PMID' },
  { key: 'url', label: 'URL' },
];

/** The cell separator of table rows in the editor. */
const CELL_SEPARATOR = '|';

/** A block as the editor shows it: its type, its text, and (for lists) whether it is numbered. */
export interface EditorBlock {
  type: BlockType;
  text: string;
  ordered: boolean;
}

/** Turns a block into its editor text. */
export function blockToEditor(block: Block): EditorBlock {
  switch (block.type) {
    case 'paragraph':
    case 'heading':
      return { type: block.type, text: block.text, ordered: false };
    case 'list':
      return { type: 'list', text: block.items.join('\n'), ordered: block.ordered };
    case 'table':
      return {
        type: 'table',
        text: [block.header, ...block.rows].map((r) => r.join(` ${CELL_SEPARATOR} `)).join('\n'),
        ordered: false,
      };
  }
}

/** Splits editor text into its non-empty trimmed lines. */
function lines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l.length > 0);
}

/**
 * Turns editor text back into a block; null when the text is empty (the block is dropped).
 * Table rows shorter than the header are padded with empty cells so every row has the header's width.
 */
export function editorToBlock(input: EditorBlock): Block | null {
  const text = input.text.trim();
  if (text === '') return null;
  switch (input.type) {
    case 'paragraph':
    case 'heading':
      return { type: input.type, text: lines(text).join(' ') };
    case 'list':
      return { type: 'list', ordered: input.ordered, items: lines(text) };
    case 'table': {
      const [headerLine, ...rowLines] = lines(text);
      const split = (l: string) => l.split(CELL_SEPARATOR).map((c) => c.trim());
      const header = split(headerLine ?? '');
      const rows = rowLines.map(split);
      const width = Math.max(header.length, ...rows.map((r) => r.length));
      const pad = (r: string[]) => [...r, ...Array<string>(width - r.length).fill('')];
      return { type: 'table', header: pad(header), rows: rows.map(pad) };
    }
  }
}

/** What the editor form carries: the article's question, its blocks and its references. */
export interface ArticleEdit {
  question: string;
  blocks: Block[];
  references: Reference[];
  /** The curator's note for the version list (may be empty). */
  note: string;
}

/** A submitted form: field name → value (as `c.req.parseBody()` returns it; files are ignored). */
export type FormBody = Record<string, unknown>;

/** Reads one text field of a form; anything that is not a string reads as empty. */
export function field(body: FormBody, name: string): string {
  const v = body[name];
  return typeof v === 'string' ? v : '';
}

/** Highest `<prefix><n>-` index used by the form's field names, or -1. */
function maxIndex(body: FormBody, prefix: string): number {
  let max = -1;
  const re = new RegExp(`^${prefix}(\\d+)-`);
  for (const key of Object.keys(body)) {
    const m = re.exec(key);
    if (m) max = Math.max(max, Number(m[1]));
  }
  return max;
}

function isBlockType(value: string): value is BlockType {
  return (BLOCK_TYPES as readonly string[]).includes(value);
}

/**
 * Parses the editor form: `question`, `note`, `block-<i>-type|text|ordered`,
 * `ref-<i>-<field>`. Throws `bad_input` naming the field that is wrong.
 */
export function parseArticleForm(body: FormBody): ArticleEdit {
  const question = field(body, 'question').trim();
  if (question === '')
    throw new AppError('bad_input', 'question: the article needs a question', { field: 'question' });
  if (question.length > EDITOR_LIMITS.maxFieldChars)
    throw new AppError('bad_input', 'question: too long', { field: 'question' });

  const lastBlock = maxIndex(body, 'block-');
  if (lastBlock + 1 > EDITOR_LIMITS.maxBlocks + EDITOR_LIMITS.emptySlots)
    throw new AppError('bad_input', `blocks: at most ${EDITOR_LIMITS.maxBlocks} blocks per article`);
  const blocks: Block[] = [];
  for (let i = 0; i <= lastBlock; i++) {
    const type = field(body, `block-${i}-type`) || 'paragraph';
    if (!isBlockType(type))
      throw new AppError('bad_input', `block ${i + 1}: unknown block type "${type}"`, {
        field: `block-${i}-type`,
      });
    const text = field(body, `block-${i}-text`);
    if (text.length > EDITOR_LIMITS.maxBlockChars)
      throw new AppError('bad_input', `block ${i + 1}: text over ${EDITOR_LIMITS.maxBlockChars} characters`, {
        field: `block-${i}-text`,
      });
    const block = editorToBlock({ type, text, ordered: field(body, `block-${i}-ordered`) !== '' });
    if (block) blocks.push(block);
  }
  if (blocks.length > EDITOR_LIMITS.maxBlocks)
    throw new AppError('bad_input', `blocks: at most ${EDITOR_LIMITS.maxBlocks} blocks per article`);

  const lastRef = maxIndex(body, 'ref-');
  const references: Reference[] = [];
  for (let i = 0; i <= lastRef; i++) {
    const values = Object.fromEntries(
      REFERENCE_FIELDS.map(({ key }) => [key, field(body, `ref-${i}-${key}`).trim()]),
    ) as Record<keyof Reference, string>;
    if (Object.values(values).every((v) => v === '')) continue;
    for (const { key } of REFERENCE_FIELDS) {
      if (values[key].length > EDITOR_LIMITS.maxFieldChars)
        throw new AppError('bad_input', `reference ${i + 1}: ${key} too long`, { field: `ref-${i}-${key}` });
    }
    if (values.title === '')
      throw new AppError('bad_input', `reference ${i + 1}: the title is required`, {
        field: `ref-${i}-title`,
      });
    if (values.url !== '' && !/^https?:\/\/\S+$/i.test(values.url))
      throw new AppError('bad_input', `reference ${i + 1}: the URL must start with http:// or https://`, {
        field: `ref-${i}-url`,
      });
    if (values.pmid !== '' && !/^\d{1,9}$/.test(values.pmid))
      throw new AppError('bad_input', `reference ${i + 1}: a PMID is a number`, { field: `ref-${i}-pmid` });
    const orNull = (v: string) => (v === '' ? null : v);
    references.push({
      title: values.title,
      authors: orNull(values.authors),
      journal: orNull(values.journal),
      date: orNull(values.date),
      volume: orNull(values.volume),
      issue: orNull(values.issue),
      pages: orNull(values.pages),
      pmid: orNull(values.pmid),
      url: orNull(values.url),
    });
  }
  if (references.length > EDITOR_LIMITS.maxReferences)
    throw new AppError('bad_input', `references: at most ${EDITOR_LIMITS.maxReferences} per article`);

  return { question, blocks, references, note: field(body, 'note').trim().slice(0, 500) };
}

/** The plain text of a block (list items and table cells joined), for searching and citation checks. */
export function blockText(block: Block): string {
  switch (block.type) {
    case 'paragraph':
    case 'heading':
      return block.text;
    case 'list':
      return block.items.join('\n');
    case 'table':
      return [block.header, ...block.rows].map((r) => r.join(' ')).join('\n');
  }
}

/**
 * Citation markers `[n]` that point past the article's reference list, as messages for the curator
 * ("block 2 cites [5], but the article has 3 references"). A warning, not an error: some imported
 * answers carry markers whose references the source never listed.
 */
export function citationWarnings(blocks: Block[], referenceCount: number): string[] {
  const warnings: string[] = [];
  blocks.forEach((block, i) => {
    for (const m of blockText(block).matchAll(/\[(\d{1,3})\]/g)) {
      const n = Number(m[1]);
      if (n < 1 || n > referenceCount)
        warnings.push(`block ${i + 1} cites [${n}], but the article has ${referenceCount} reference(s)`);
    }
  });
  return warnings;
}

/** A reference as the editor shows it: every field as text ('' for none). */
export type EditorReference = Record<keyof Reference, string>;

/** Everything the editor form shows, as text (so a rejected form can be shown again as typed). */
export interface EditorState {
  question: string;
  blocks: EditorBlock[];
  references: EditorReference[];
  note: string;
}

/** The editor's text for a reference. */
export function referenceToEditor(ref: Reference): EditorReference {
  return Object.fromEntries(REFERENCE_FIELDS.map(({ key }) => [key, ref[key] ?? ''])) as EditorReference;
}

/** The editor state of stored content. */
export function editorState(content: {
  question: string;
  blocks: Block[];
  references: Reference[];
}): EditorState {
  return {
    question: content.question,
    blocks: content.blocks.map(blockToEditor),
    references: content.references.map(referenceToEditor),
    note: '',
  };
}

/** The editor state of a submitted form, as typed (empty slots dropped), for showing it again after an error. */
export function editorStateFromForm(body: FormBody): EditorState {
  const blocks: EditorBlock[] = [];
  for (let i = 0; i <= Math.min(maxIndex(body, 'block-'), EDITOR_LIMITS.maxBlocks); i++) {
    const type = field(body, `block-${i}-type`);
    const text = field(body, `block-${i}-text`);
    if (text.trim() === '') continue;
    blocks.push({
      type: isBlockType(type) ? type : 'paragraph',
      text,
      ordered: field(body, `block-${i}-ordered`) !== '',
    });
  }
  const references: EditorReference[] = [];
  for (let i = 0; i <= Math.min(maxIndex(body, 'ref-'), EDITOR_LIMITS.maxReferences); i++) {
    const ref = Object.fromEntries(
      REFERENCE_FIELDS.map(({ key }) => [key, field(body, `ref-${i}-${key}`)]),
    ) as EditorReference;
    if (Object.values(ref).some((v) => v.trim() !== '')) references.push(ref);
  }
  return { question: field(body, 'question'), blocks, references, note: field(body, 'note') };
}
