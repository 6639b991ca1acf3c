/**
 * Answer blocks (paragraphs, headings, lists, tables) as HTML, shared by the public website and the
 * staff console. All text is escaped; the only markup added is ours. Options decide whether web
 * addresses and `[n]` citation markers become links.
 */
import type { Block } from './kb/index.js';
import { html, type SafeHtml } from './html.js';

const URL_PATTERN = /https?:\/\/[^\s<>"')\]]+[^\s<>"')\].,;:!?]/g;
const CITATION_PATTERN = /\[(\d{1,3})\]/g;

/** Where citation markers `[n]` link to: `#<prefix>-<n>` for n in 1..count. */
export interface CitationTarget {
  prefix: string;
  count: number;
}

/** How inline text is rendered. */
export interface InlineOptions {
  /** Turn web addresses into links (default: no, plain escaped text). */
  linkUrls?: boolean;
  /** Link citation markers `[n]` to the numbered references (default: none, markers stay text). */
  citations?: CitationTarget | null;
}

export interface BlockOptions extends InlineOptions {
  /** Level of headings inside the answer, 2 to 6 (default 3). */
  headingLevel?: number;
  /** Wrap each table in `<div class="table-wrap">` (lets wide tables scroll). */
  wrapTables?: boolean;
}

/** Text with web addresses turned into links (everything else escaped). */
function linkify(text: string): SafeHtml {
  const parts: SafeHtml[] = [];
  let last = 0;
  for (const match of text.matchAll(URL_PATTERN)) {
    const start = match.index;
    parts.push(html`${text.slice(last, start)}`, html`<a href="${match[0]}">${match[0]}</a>`);
    last = start + match[0].length;
  }
  parts.push(html`${text.slice(last)}`);
  return html`${parts}`;
}

/** One line of answer text, escaped, with the links the options ask for. */
export function renderInline(text: string, options: InlineOptions = {}): SafeHtml {
  const plain = (part: string): SafeHtml => (options.linkUrls ? linkify(part) : html`${part}`);
  const citations = options.citations;
  if (!citations) return plain(text);
  const parts: SafeHtml[] = [];
  let last = 0;
  for (const match of text.matchAll(CITATION_PATTERN)) {
    const n = Number(match[1]);
    if (n < 1 || n > citations.count) continue;
    parts.push(plain(text.slice(last, match.index)));
    parts.push(html`<sup><a href="#${citations.prefix}-${n}" aria-label="reference ${n}">[${n}]</a></sup>`);
    last = match.index + match[0].length;
  }
  parts.push(plain(text.slice(last)));
  return html`${parts}`;
}

function renderTable(block: Extract<Block, { type: 'table' }>, options: BlockOptions): SafeHtml {
  const table = html`<table>
    <thead>
      <tr>
        ${block.header.map((cell) => html`<th scope="col">${cell}</th>`)}
      </tr>
    </thead>
    <tbody>
      ${block.rows.map(
        (row) =>
          html`<tr>
            ${row.map((cell) => html`<td>${renderInline(cell, options)}</td>`)}
          </tr>`,
      )}
    </tbody>
  </table>`;
  return options.wrapTables ? html`<div class="table-wrap">${table}</div>` : table;
}

/** Answer blocks as HTML. */
export function renderBlocks(blocks: readonly Block[], options: BlockOptions = {}): SafeHtml {
  const level = Math.min(6, Math.max(2, options.headingLevel ?? 3));
  return html`${blocks.map((block) => {
    switch (block.type) {
      case 'paragraph':
        return html`<p>${renderInline(block.text, options)}</p>`;
      case 'heading':
        return html`<h${level}>${renderInline(block.text, options)}</h${level}>`;
      case 'list': {
        const items = block.items.map((item) => html`<li>${renderInline(item, options)}</li>`);
        return block.ordered
          ? html`<ol>
              ${items}
            </ol>`
          : html`<ul>
              ${items}
            </ul>`;
      }
      case 'table':
        return renderTable(block, options);
    }
  })}`;
}
