/**
 * Renders the knowledge base's structured content (answer blocks, citation markers, references,
 * organizations) and reply letters as HTML. All text is escaped; the only markup added is ours.
 */
import type { Block, Organization, Reference } from '../kb/index.js';
import { html, type SafeHtml } from './html.js';

const URL_PATTERN = /https?:\/\/[^\s<>"')\]]+[^\s<>"')\].,;:!?]/g;
const CITATION_PATTERN = /\[(\d{1,3})\]/g;

/** Where citation markers `[n]` link to: `#<prefix>-<n>` for n in 1..count. */
export interface CitationTarget {
  prefix: string;
  count: number;
}

/** Text with web addresses turned into links (everything else escaped). */
function linkify(text: string): SafeHtml[] {
  const parts: SafeHtml[] = [];
  let last = 0;
  for (const match of text.matchAll(URL_PATTERN)) {
    const start = match.index;
    parts.push(html`${text.slice(last, start)}`, html`<a href="${match[0]}">${match[0]}</a>`);
    last = start + match[0].length;
  }
  parts.push(html`${text.slice(last)}`);
  return parts;
}

/** One line of answer text: citation markers become links to the numbered references. */
export function renderInline(text: string, citations: CitationTarget | null): SafeHtml {
  if (!citations) return html`${linkify(text)}`;
  const parts: SafeHtml[] = [];
  let last = 0;
  for (const match of text.matchAll(CITATION_PATTERN)) {
    const n = Number(match[1]);
    if (n < 1 || n > citations.count) continue;
    parts.push(html`${linkify(text.slice(last, match.index))}`);
    parts.push(html`<sup><a href="#${citations.prefix}-${n}" aria-label="reference ${n}">[${n}]</a></sup>`);
    last = match.index + match[0].length;
  }
  parts.push(html`${linkify(text.slice(last))}`);
  return html`${parts}`;
}

/** Answer blocks as HTML; `headingLevel` is the level of headings inside the answer. */
export function renderBlocks(
  blocks: readonly Block[],
  citations: CitationTarget | null,
  headingLevel = 3,
): SafeHtml {
  const level = Math.min(6, Math.max(2, headingLevel));
  return html`${blocks.map((block) => {
    switch (block.type) {
      case 'paragraph':
        return html`<p>${renderInline(block.text, citations)}</p>`;
      case 'heading':
        return html`<h${level}>${renderInline(block.text, citations)}</h${level}>`;
      case 'list': {
        const items = block.items.map((item) => html`<li>${renderInline(item, citations)}</li>`);
        return block.ordered
          ? html`<ol>
              ${items}
            </ol>`
          : html`<ul>
              ${items}
            </ul>`;
      }
      case 'table':
        return html`<div class="table-wrap">
          <table>
            <thead>
              <tr>
                ${block.header.map((cell) => html`<th scope="col">${cell}</th>`)}
              </tr>
            </thead>
            <tbody>
              ${block.rows.map(
                (row) =>
                  html`<tr>
                    ${row.map((cell) => html`<td>${renderInline(cell, citations)}</td>`)}
                  </tr>`,
              )}
            </tbody>
          </table>
        </div>`;
    }
  })}`;
}

const DATE_FORMAT = new Intl.DateTimeFormat('en-US', {
  year: 'numeric',
  month: 'long',
  day: 'numeric',
  timeZone: 'UTC',
});

/** "February 5, 2018" for an ISO date; the input as written when it is not a date. */
export function formatDate(iso: string): string {
  const time = Date.parse(iso);
  return Number.isNaN(time) ? iso : DATE_FORMAT.format(time);
}

/** A citation in the usual order: authors. title. journal. date; volume(issue):pages. link. */
export function renderReference(ref: Reference): SafeHtml {
  const volume = [ref.volume, ref.issue ? `(${ref.issue})` : null].filter(Boolean).join('');
  const where = [ref.date, [volume, ref.pages].filter(Boolean).join(':')].filter(Boolean).join('; ');
  const link = ref.url
    ? html` <a href="${ref.url}">${ref.url}</a>`
    : ref.pmid
      ? html` <a href="https://pubmed.ncbi.nlm.nih.gov/${ref.pmid}/">PubMed ${ref.pmid}</a>`
      : '';
  return html`${ref.authors ? html`${ref.authors}. ` : ''}${ref.title}${ref.journal ? html`. <i>${ref.journal}</i>` : ''}${where ? html`. ${where}` : ''}.${link}`;
}

/** A numbered reference list whose items are the targets of `[n]` markers. */
export function renderReferences(refs: readonly Reference[], prefix: string, label = 'References'): SafeHtml {
  if (refs.length === 0) return html``;
  return html`<p class="small" id="${prefix}-h"><strong>${label}</strong></p>
    <ol class="refs" aria-labelledby="${prefix}-h">
      ${refs.map((ref, i) => html`<li id="${prefix}-${i + 1}">${renderReference(ref)}</li>`)}
    </ol>`;
}

/** Organizations with their contacts. */
export function renderOrganizations(orgs: readonly Organization[]): SafeHtml {
  if (orgs.length === 0) return html``;
  return html`<ul class="orgs">
    ${orgs.map(
      (org) =>
        html`<li>
          <strong>${org.website ? html`<a href="${org.website}">${org.name}</a>` : org.name}</strong>
          ${org.description ? html`<br />${org.description}` : ''}
          ${org.email ? html`<br />Email: <a href="mailto:${org.email}">${org.email}</a>` : ''}
          ${org.phone ? html`<br />Phone: ${org.phone}` : ''}
          ${org.country ? html`<br /><span class="muted">${org.country}</span>` : ''}
        </li>`,
    )}
  </ul>`;
}
