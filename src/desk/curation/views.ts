/**
 * Pages of the knowledge-base area of the staff console (server-rendered, no client scripts).
 * Every function returns the page body; `page()` in routes.ts wraps it in the console frame.
 */
import { QUESTION_TYPES, QUESTION_TYPE_LABELS, type QuestionType } from '../../kb/question-types.js';
import type { Article, ArticleVersion, Condition, Organization, ReviewStatus } from '../../kb/types.js';
import { field, html, labelled, options, postForm, table, type SafeHtml } from '../layout.js';
import { EDITABLE_REVIEW_STATUSES } from './articles.js';
import { summarizeChange } from './diff.js';
import { BLOCK_TYPES, EDITOR_LIMITS, REFERENCE_FIELDS, type EditorState } from './editor.js';
import type { ContentGapView } from './gaps.js';

/** Paths of the area, from the console's mount path (e.g. `/staff` → `/staff/kb/...`). */
export class KbPaths {
  constructor(readonly base: string) {}
  get home(): string {
    return `${this.base}/kb`;
  }
  condition(id: string): string {
    return `${this.home}/conditions/${encodeURIComponent(id)}`;
  }
  article(id: string): string {
    return `${this.home}/articles/${encodeURIComponent(id)}`;
  }
  versions(id: string): string {
    return `${this.article(id)}/versions`;
  }
  newArticle(conditionId?: string | null, type?: QuestionType): string {
    const q = new URLSearchParams();
    if (conditionId) q.set('conditionId', conditionId);
    if (type) q.set('type', type);
    const qs = q.toString();
    return `${this.home}/articles/new${qs ? `?${qs}` : ''}`;
  }
  get stale(): string {
    return `${this.home}/stale`;
  }
  get gaps(): string {
    return `${this.home}/gaps`;
  }
  get organizations(): string {
    return `${this.home}/organizations`;
  }
  organization(id: string): string {
    return `${this.organizations}/${encodeURIComponent(id)}`;
  }
}

const REVIEW_LABELS: Record<ReviewStatus, string> = {
  imported: 'Imported',
  draft: 'Draft',
  needs_review: 'Needs review',
  approved: 'Approved',
};

/** The area's own menu, above every page of it. */
export function kbMenu(paths: KbPaths): SafeHtml {
  return html`<nav aria-label="Knowledge base">
    <ul class="kbmenu">
      <li><a href="${paths.home}">Find a condition</a></li>
      <li><a href="${paths.gaps}">Content gaps</a></li>
      <li><a href="${paths.stale}">Stale articles</a></li>
      <li><a href="${paths.organizations}">Organizations</a></li>
    </ul>
  </nav>`;
}

/** The search form for conditions, and its results. */
export function conditionSearchBody(
  paths: KbPaths,
  query: string,
  hits: Array<{ condition: Condition; matchedName: string }>,
): SafeHtml {
  const results = query
    ? html`<h2>Conditions matching “${query}”</h2>
        ${
          hits.length
            ? html`<ul>
                ${hits.map(
                  (h) =>
                    html`<li>
                      <a href="${paths.condition(h.condition.id)}">${h.condition.preferredName}</a>
                      <span class="muted"
                        >${h.condition.id}${
                          h.matchedName !== h.condition.preferredName
                            ? html` · matched “${h.matchedName}”`
                            : ''
                        }</span
                      >
                    </li>`,
                )}
              </ul>`
            : html`<p>No condition matches.</p>`
        }`
    : '';
  return html`${kbMenu(paths)}
    <form method="get" action="${paths.home}" role="search">
      ${labelled({ id: 'q', label: 'Condition name or id', value: query, attrs: { required: true } })}
      <button type="submit">Search</button>
    </form>
    ${results}`;
}

/** A condition's articles, with a link to write a missing one, and its organizations. */
export function conditionBody(
  paths: KbPaths,
  condition: Condition,
  articles: Article[],
  organizations: Organization[],
): SafeHtml {
  const covered = new Set(articles.filter((a) => a.hasAnswer).map((a) => a.questionType));
  return html`${kbMenu(paths)}
    <p class="muted">${condition.id} · ${condition.kind}</p>
    <h2>Articles</h2>
    ${
      articles.length
        ? table({
            head: ['Question', 'Type', 'Source', 'Last updated', 'Review'],
            rows: articles.map((a) => [
              html`<a href="${paths.article(a.id)}">${a.question}</a
                >${a.hasAnswer ? '' : html` <span class="flag">no text</span>`}`,
              QUESTION_TYPE_LABELS[a.questionType],
              source(a),
              a.lastUpdated,
              REVIEW_LABELS[a.reviewStatus],
            ]),
          })
        : html`<p>This condition has no articles yet.</p>`
    }
    <h2>Write a new article</h2>
    <form method="get" action="${paths.newArticle()}">
      <input type="hidden" name="conditionId" value="${condition.id}" />
      ${labelled({
        id: 'type',
        label: 'Question type',
        type: 'select',
        options: options(
          QUESTION_TYPES,
          (t) => `${QUESTION_TYPE_LABELS[t]}${covered.has(t) ? ' (has an article)' : ''}`,
        ),
      })}
      <button type="submit">Write</button>
    </form>
    <h2>Organizations</h2>
    ${
      organizations.length
        ? html`<ul>
            ${organizations.map((o) => html`<li><a href="${paths.organization(o.id)}">${o.name}</a></li>`)}
          </ul>`
        : html`<p>No organization is linked to this condition.</p>`
    }
    <p><a href="${paths.organizations}">Link an organization</a></p>`;
}

/** A select of `values` labelled from `labels`, `selected` marked. */
function selectField<T extends string>(
  id: string,
  label: string,
  values: readonly T[],
  labels: Record<T, string>,
  selected: T,
): SafeHtml {
  return labelled({ id, label, type: 'select', options: options(values, (v) => labels[v], selected) });
}

/** Where an article comes from, for tables. */
function source(a: Article): string {
  return `${a.provenance.source} ${a.provenance.collection}`;
}

const BLOCK_LABELS = { paragraph: 'Paragraph', heading: 'Heading', list: 'List', table: 'Table' } as const;

/** Rows for a textarea showing `text`: its line count plus one, within bounds. */
function rowsFor(text: string): number {
  return Math.min(20, Math.max(3, text.split('\n').length + 1, Math.ceil(text.length / 100)));
}

/** The editor's fields: question, review status, blocks, references, note (inside a form). */
function editorFields(state: EditorState, reviewStatus: ReviewStatus): SafeHtml {
  const slots = EDITOR_LIMITS.emptySlots;
  const blocks = [
    ...state.blocks,
    ...Array.from({ length: slots }, () => ({ type: 'paragraph' as const, text: '', ordered: false })),
  ];
  const empty = Object.fromEntries(
    REFERENCE_FIELDS.map(({ key }) => [key, '']),
  ) as EditorState['references'][number];
  const refs = [...state.references, ...Array.from({ length: slots }, () => empty)];
  const statuses = EDITABLE_REVIEW_STATUSES.includes(reviewStatus)
    ? EDITABLE_REVIEW_STATUSES
    : [reviewStatus, ...EDITABLE_REVIEW_STATUSES];
  return html`${field({
      id: 'question',
      label: 'Question',
      value: state.question,
      attrs: { size: 80, required: true },
      below: true,
    })}
    <p>${selectField('reviewStatus', 'Review status', statuses, REVIEW_LABELS, reviewStatus)}</p>
    <h2>Text</h2>
    <p class="muted">
      One box per block. Lists: one item per line. Tables: one row per line, cells separated by “|”, the first
      line is the header. Cite a reference as [1], [2]… Empty a box to delete its block; fill an empty box to
      add one.
    </p>
    ${blocks.map(
      (b, i) =>
        html`<fieldset>
          <legend>Block ${i + 1}${i >= state.blocks.length ? ' (new)' : ''}</legend>
          ${selectField(`block-${i}-type`, 'Type', BLOCK_TYPES, BLOCK_LABELS, b.type)}
          <label
            ><input type="checkbox" name="block-${i}-ordered" value="on" ${b.ordered ? html`checked` : ''} />
            Numbered (lists only)</label
          ><br />
          ${labelled({
            id: `block-${i}-text`,
            label: `Text of block ${i + 1}`,
            type: 'textarea',
            value: b.text,
            attrs: { rows: rowsFor(b.text) },
          })}
        </fieldset>`,
    )}
    <h2>References</h2>
    ${refs.map(
      (r, i) =>
        html`<fieldset>
          <legend>Reference ${i + 1}${i >= state.references.length ? ' (new)' : ''}</legend>
          <div class="ref-grid">
            ${REFERENCE_FIELDS.map(({ key, label }) =>
              labelled({ id: `ref-${i}-${key}`, label, value: r[key] }),
            )}
          </div>
        </fieldset>`,
    )}
    ${field({
      id: 'note',
      label: 'Note for the version history (optional)',
      value: state.note,
      attrs: { size: 80 },
      below: true,
    })}`;
}

/** Facts about an article shown above its editor. */
function articleFacts(paths: KbPaths, article: Article, conditionName: string | null): SafeHtml {
  const p = article.provenance;
  return html`<dl class="facts">
    <dt>Condition</dt>
    <dd><a href="${paths.condition(article.conditionId)}">${conditionName ?? article.conditionId}</a></dd>
    <dt>Type</dt>
    <dd>${QUESTION_TYPE_LABELS[article.questionType]}</dd>
    <dt>Source</dt>
    <dd>
      ${p.source === 'MedQuAD' ? html`MedQuAD (Ben Abacha &amp; Demner-Fushman 2019), ${p.collection}` : 'Written at this desk'}
      · license ${p.license}${p.url ? html` · <a href="${p.url}">original page</a>` : ''}
    </dd>
    <dt>Last updated</dt>
    <dd>${article.lastUpdated}</dd>
    <dt>Version</dt>
    <dd>${article.version} · <a href="${paths.versions(article.id)}">history</a></dd>
    <dt>Review</dt>
    <dd>${REVIEW_LABELS[article.reviewStatus]}</dd>
  </dl>`;
}

/** The article editor page: facts, warnings, the form, and "mark for review". */
export function articleEditorBody(
  paths: KbPaths,
  csrf: string,
  article: Article,
  conditionName: string | null,
  state: EditorState,
  reviewStatus: ReviewStatus,
  warnings: string[],
): SafeHtml {
  return html`${kbMenu(paths)} ${articleFacts(paths, article, conditionName)}
    ${
      warnings.length
        ? html`<div class="notice" role="status">
            <p>Check the citations:</p>
            <ul>
              ${warnings.map((w) => html`<li>${w}</li>`)}
            </ul>
          </div>`
        : ''
    }
    ${postForm(
      paths.article(article.id),
      csrf,
      html`${editorFields(state, reviewStatus)}
        <p><button type="submit">Save as a new version</button></p>`,
    )}
    <h2>Mark for review</h2>
    ${postForm(
      `${paths.article(article.id)}/review`,
      csrf,
      html`${labelled({ id: 'reason', label: 'Why (optional)', attrs: { size: 60 } })}
        <button type="submit">Mark for review</button>`,
    )}`;
}

/** The page for writing a new curated article of a condition and type. */
export function newArticleBody(
  paths: KbPaths,
  csrf: string,
  condition: Condition,
  type: QuestionType,
  state: EditorState,
  reviewStatus: ReviewStatus,
): SafeHtml {
  return html`${kbMenu(paths)}
    <p>
      A new article about <a href="${paths.condition(condition.id)}">${condition.preferredName}</a>, written
      at this desk (license CC BY 4.0).
    </p>
    ${postForm(
      paths.newArticle(),
      csrf,
      html`<input type="hidden" name="conditionId" value="${condition.id}" />
        <p>${selectField('questionType', 'Question type', QUESTION_TYPES, QUESTION_TYPE_LABELS, type)}</p>
        ${editorFields(state, reviewStatus)}
        <p><button type="submit">Create the article</button></p>`,
    )}`;
}

/** The version history, newest first, each with what changed from the one before and a restore button. */
export function versionsBody(
  paths: KbPaths,
  csrf: string,
  article: Article,
  versions: ArticleVersion[],
  userNames: Map<string, string>,
): SafeHtml {
  const ordered = [...versions].sort((a, b) => a.version - b.version);
  const rows = ordered
    .map((v, i) => ({
      v,
      diff: summarizeChange(i > 0 ? (ordered[i - 1]?.snapshot ?? null) : null, v.snapshot),
    }))
    .reverse();
  return html`${kbMenu(paths)}
    <p><a href="${paths.article(article.id)}">Back to the article</a> · current version ${article.version}</p>
    ${table({
      head: [
        'Version',
        'When',
        'Who',
        'Summary',
        'Changes from the version before',
        html`<span class="sr-only">Action</span>`,
      ],
      rows: rows.map(({ v, diff }) => [
        v.version,
        v.changedAt.slice(0, 16).replace('T', ' '),
        userNames.get(v.changedBy) ?? v.changedBy,
        v.summary,
        diff,
        v.version === article.version
          ? html`<span class="muted">current</span>`
          : postForm(
              `${paths.versions(article.id)}/${v.version}/restore`,
              csrf,
              html`<button type="submit" aria-label="Restore version ${v.version}">Restore</button>`,
            ),
      ]),
    })}`;
}

/** Articles last updated before the cut-off, oldest first. */
export function staleBody(
  paths: KbPaths,
  cutoff: string,
  staleAfterDays: number,
  articles: Article[],
  limit: number,
): SafeHtml {
  return html`${kbMenu(paths)}
    <p>
      Articles last updated before ${cutoff} (older than ${staleAfterDays} days), oldest
      first${articles.length >= limit ? html` (the first ${limit})` : ''}.
    </p>
    ${
      articles.length
        ? table({
            head: ['Last updated', 'Question', 'Source', 'Review'],
            rows: articles.map((a) => [
              a.lastUpdated,
              html`<a href="${paths.article(a.id)}">${a.question}</a>`,
              source(a),
              REVIEW_LABELS[a.reviewStatus],
            ]),
          })
        : html`<p>No article is stale.</p>`
    }`;
}

/** Content gaps, most wanted first, each with a link to write the missing article. */
export function gapsBody(paths: KbPaths, gaps: ContentGapView[]): SafeHtml {
  return html`${kbMenu(paths)}
    <p>
      Questions people asked that the knowledge base could not answer (the draft said “no answer”) or answered
      only in part, grouped by condition and question type. Counts are inquiries.
    </p>
    ${
      gaps.length
        ? table({
            head: ['Condition', 'Question type', 'Inquiries', 'With no answer', 'Last asked', 'Article'],
            rows: gaps.map((g) => [
              g.conditionId
                ? html`<a href="${paths.condition(g.conditionId)}">${g.conditionName ?? g.conditionId}</a>`
                : html`<span class="muted">No recognized condition</span>`,
              QUESTION_TYPE_LABELS[g.type],
              g.count,
              g.noAnswer,
              g.lastAskedAt.slice(0, 10),
              g.existingArticleIds.length
                ? html`Now covered:
                  ${g.existingArticleIds.map(
                    (id, i) => html`${i ? ', ' : ''}<a href="${paths.article(id)}">${id}</a>`,
                  )}`
                : g.conditionId
                  ? html`<a href="${paths.newArticle(g.conditionId, g.type)}">Write the missing article</a>`
                  : html`<span class="muted">Add the condition first</span>`,
            ]),
          })
        : html`<p>No gaps: every drafted section had an answer.</p>`
    }`;
}

/** Styles of the area (added at the top of its pages). */
export const KB_CSS = html`<style>
  .kbmenu {
    list-style: none;
    display: flex;
    gap: 1rem;
    padding: 0;
    flex-wrap: wrap;
  }
  dl.facts {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: 0.2rem 1rem;
  }
  dl.facts dd {
    margin: 0;
  }
  .ref-grid {
    display: grid;
    grid-template-columns: max-content 1fr max-content 1fr;
    gap: 0.3rem 0.5rem;
    align-items: center;
  }
  .ref-grid input {
    width: 100%;
    box-sizing: border-box;
  }
  .sr-only {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
  }
</style>`;
