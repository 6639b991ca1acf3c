/**
 * Renders the knowledge base's structured content (answer blocks, citation markers, references,
 * organizations) and reply letters as HTML. All text is escaped; the only markup added is ours.
 */
import { renderBlocks as renderAnswerBlocks, type CitationTarget } from '../blocks-html.js';
import type { Block, Organization, Reference } from '../kb/index.js';
import { html, type SafeHtml } from './html.js';

export type { CitationTarget } from '../blocks-html.js';

/**
 * Answer blocks as the website shows them: web addresses and citation markers linked, tables
 * scrollable; `headingLevel` is the level of headings inside the answer.
 */
export function renderBlocks(
  blocks: readonly Block[],
  citations: CitationTarget | null,
  headingLevel = 3,
): SafeHtml {
  return renderAnswerBlocks(blocks, { citations, headingLevel, linkUrls: true, wrapTables: true });
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
