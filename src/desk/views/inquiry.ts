/** The inquiry page: message, analysis (correctable), the letter section by section, sending, audit. */
import { renderBlocks } from '../../blocks-html.js';
import type { LetterSection } from '../../compose/types.js';
import { QUESTION_TYPES, QUESTION_TYPE_LABELS } from '../../kb/index.js';
import type { Organization } from '../../kb/index.js';
import type { AuditEvent, Inquiry, Reply, StaffUser } from '../../store/types.js';
import { field, html, labelled, option, options, postForm, table, type Field } from '../layout.js';
import type { SafeHtml } from '../layout.js';
import { blocksToText } from '../letter-edit.js';
import { actorName, renderReference, when } from './common.js';
import { STATUS_LABELS } from './queue.js';

export interface InquiryView {
  base: string;
  csrf: string;
  user: StaffUser;
  inquiry: Inquiry;
  reply: Reply | null;
  audit: AuditEvent[];
  users: StaffUser[];
  /** Organizations linked to the inquiry's conditions, offered in "add an organization". */
  organizations: Organization[];
}

const FLAG_TEXT: Record<string, string> = {
  no_answer: 'no answer: write this section',
  partial: 'partial: assembled from other articles',
  pointer_only: 'pointer only: the text is on the source page',
  no_focus: 'no condition recognized',
  unknown_medicine: 'a medicine we do not hold: check the answer',
};

function post(v: InquiryView, action: string, content: SafeHtml | string): SafeHtml {
  return postForm(`${v.base}/inquiries/${v.inquiry.id}/${action}`, v.csrf, content);
}

function header(v: InquiryView): SafeHtml {
  const { inquiry } = v;
  const names = new Map(v.users.map((u) => [u.id, u.name]));
  const holder = inquiry.assigneeId ? (names.get(inquiry.assigneeId) ?? 'someone') : null;
  const open = inquiry.status !== 'sent' && inquiry.status !== 'closed';
  const mine = inquiry.assigneeId === v.user.id;
  const specialists = v.users.filter((u) => u.role === 'specialist' || u.role === 'admin');
  const actions: SafeHtml[] = [];
  if (open && !inquiry.assigneeId) actions.push(post(v, 'claim', html`<button type="submit">Claim</button>`));
  if (open && (mine || (inquiry.assigneeId && v.user.role === 'admin'))) {
    actions.push(post(v, 'release', html`<button type="submit">Release</button>`));
  }
  if (open && (!inquiry.assigneeId || v.user.role === 'admin')) {
    actions.push(
      post(
        v,
        'assign',
        html`${labelled({
            id: 'assignee',
            name: 'assigneeId',
            label: 'Assign to',
            type: 'select',
            options: specialists.map((u) => option(u.id, u.name)),
          })}
          ${inquiry.assigneeId ? html`<input type="hidden" name="force" value="yes" />` : ''}<button
            type="submit"
          >
            Assign
          </button>`,
      ),
    );
  }
  if (inquiry.status !== 'closed')
    actions.push(post(v, 'close', html`<button type="submit">Close without reply</button>`));
  return html`<dl class="facts">
      <dt>Status</dt>
      <dd>${STATUS_LABELS[inquiry.status]}</dd>
      <dt>Received</dt>
      <dd>${when(inquiry.receivedAt)} by ${inquiry.channel}</dd>
      <dt>Assignee</dt>
      <dd>${holder ?? 'unassigned'}</dd>
    </dl>
    <div class="actions">${actions}</div>`;
}

function messageSection(v: InquiryView): SafeHtml {
  const { inquiry } = v;
  return html`<section aria-labelledby="h-message">
    <h2 id="h-message">Message</h2>
    <p>From ${inquiry.name ?? '(no name)'} &lt;${inquiry.email}&gt;</p>
    <p>Subject: ${inquiry.subject || '(no subject)'}</p>
    <blockquote class="message">${inquiry.message.split(/\n\s*\n/).map((p) => html`<p>${p}</p>`)}</blockquote>
  </section>`;
}

/** The analysis, read only (once the inquiry is sent or closed). */
function analysisSummary(v: InquiryView): SafeHtml {
  const analysis = v.inquiry.analysis;
  const foci = analysis?.foci.map((f) => `${f.name} (${f.conditionId})`).join(', ') || 'none';
  return html`<section aria-labelledby="h-analysis">
    <h2 id="h-analysis">Analysis</h2>
    <p>Conditions: ${foci}</p>
    <ul>
      ${(analysis?.subquestions ?? []).map((s) => html`<li>${QUESTION_TYPE_LABELS[s.type]}: “${s.text}”</li>`)}
    </ul>
  </section>`;
}

function analysisSection(v: InquiryView): SafeHtml {
  const analysis = v.inquiry.analysis;
  if (v.inquiry.status === 'sent' || v.inquiry.status === 'closed') return analysisSummary(v);
  const foci = analysis?.foci ?? [];
  const subs = analysis?.subquestions ?? [];
  const focusOptions = (selected: string | null) => [
    option('', 'no condition', selected === null),
    ...foci.map((f) => option(f.conditionId, f.name, f.conditionId === selected)),
  ];
  const typeOptions = (selected: string | null) =>
    options(QUESTION_TYPES, (t) => QUESTION_TYPE_LABELS[t], selected);
  const conditionRows = foci.map(
    (f) =>
      html`<li>
        <input type="checkbox" id="c-${f.conditionId}" name="condition" value="${f.conditionId}" checked />
        <label for="c-${f.conditionId}">${f.name}</label>
        <span class="muted"
          >${f.conditionId}; matched “${f.text}” (${f.match}, score ${f.score.toFixed(2)})</span
        >
      </li>`,
  );
  /** The select of sub-question `i`'s type or condition, labelled for screen readers only. */
  const subSelect = (i: number, key: 'type' | 'focus', what: string, choices: SafeHtml[]) =>
    labelled({
      id: `sq-${key}-${i}`,
      name: `sq_${key}_${i}`,
      label: `${what} of sub-question ${i + 1}`,
      labelClass: 'skip',
      type: 'select',
      options: choices,
    });
  const subRows = subs.map((s, i) => [
    labelled({
      id: `sq-keep-${i}`,
      name: 'sq_keep',
      label: 'Keep',
      type: 'checkbox',
      value: String(i),
      attrs: { checked: true },
    }),
    html`${s.text}<input type="hidden" name="sq_text_${i}" value="${s.text}" />`,
    subSelect(i, 'type', 'Type', typeOptions(s.type)),
    subSelect(i, 'focus', 'Condition', focusOptions(s.focus)),
    `${(s.confidence * 100).toFixed(0)}%`,
  ]);
  const form = post(
    v,
    'analysis',
    html`<fieldset>
        <legend>Conditions</legend>
        ${
          foci.length
            ? html`<ul>
                ${conditionRows}
              </ul>`
            : html`<p>No condition recognized.</p>`
        }
        ${
          analysis?.unrecognized?.length
            ? html`<p>
                Named but not in the knowledge base:
                ${analysis.unrecognized.map((n) => `“${n.text}”`).join(', ')}
              </p>`
            : ''
        }
        ${labelled({ id: 'add-condition', name: 'add_condition', label: 'Add a condition (name or id)' })}
      </fieldset>
      <fieldset>
        <legend>Sub-questions</legend>
        ${table({ head: ['Keep', 'The person’s words', 'Type', 'Condition', 'Confidence'], rows: subRows })}
        <p>
          ${labelled({
            id: 'new-type',
            name: 'new_type',
            label: 'Add a sub-question of type',
            type: 'select',
            options: [option('', '(none)'), typeOptions(null)],
          })}
          ${labelled({ id: 'new-text', name: 'new_text', label: 'in the person’s words', attrs: { size: 40 } })}
        </p>
      </fieldset>
      <button type="submit">Save analysis and re-draft the reply</button>`,
  );
  return html`<section aria-labelledby="h-analysis">
    <h2 id="h-analysis">Analysis</h2>
    ${analysis?.background.length ? html`<p>Background: ${analysis.background.join(' ')}</p>` : ''} ${form}
  </section>`;
}

function candidateTable(v: InquiryView, section: LetterSection, index: number): SafeHtml {
  if (section.candidates.length === 0) return html`<p>No candidate articles.</p>`;
  const rows = section.candidates.map((cand) => {
    const used = section.articleIds.includes(cand.articleId);
    const reasons = [
      cand.reasons.focusMatched ? 'condition matches' : 'other condition',
      cand.reasons.typeMatched ? 'type matches' : 'other type',
      cand.reasons.terms.length ? `terms: ${cand.reasons.terms.join(', ')}` : '',
    ].filter(Boolean);
    return [
      html`${cand.question}<br /><span class="muted"
          >${cand.articleId} · ${QUESTION_TYPE_LABELS[cand.type]} · ${cand.conditionId}</span
        >`,
      cand.score.toFixed(3),
      reasons.join('; '),
      used
        ? html`<strong>used</strong>`
        : post(
            v,
            `sections/${index}/swap`,
            html`<input type="hidden" name="articleId" value="${cand.articleId}" /><button
                type="submit"
                aria-label="Use this article (${cand.articleId}) in section ${index + 1}"
              >
                Use this article
              </button>`,
          ),
    ];
  });
  return table({
    caption: `Sources and candidates for section ${index + 1}`,
    head: ['Article', 'Score', 'Why', 'Use'],
    rows,
  });
}

function sectionBlock(v: InquiryView, section: LetterSection, i: number, editable: boolean): SafeHtml {
  const n = i + 1;
  const orgs = section.organizations.length
    ? html`<h4>Organizations</h4>
        <ul>
          ${section.organizations.map(
            (o) =>
              html`<li>
                ${o.name}${o.email ? ` · ${o.email}` : ''}${o.website ? html` · <a href="${o.website}">${o.website}</a>` : ''}
              </li>`,
          )}
        </ul>`
    : '';
  const ref = (key: string, label: string, extra: Field['attrs'] = {}): Field => ({
    id: `ref-${key}-${i}`,
    name: key,
    label,
    attrs: extra,
  });
  const offered = v.organizations.filter((o) => !section.organizations.some((s) => s.id === o.id));
  const editing = editable
    ? html`${post(
          v,
          `sections/${i}/text`,
          html`${labelled({
              id: `text-${i}`,
              name: 'text',
              label: `Text of section ${n} (blank line between paragraphs, “- ” for list items, [n] cites reference n)`,
              type: 'textarea',
              value: blocksToText(section.blocks),
              attrs: { rows: 10 },
            })} <button type="submit">Save section ${n}</button>`,
        )}
        <details>
          <summary>Add a reference to section ${n}</summary>
          ${post(
            v,
            `sections/${i}/reference`,
            html`${field(ref('title', 'Title', { required: true, size: 50 }))}
              <p>
                ${labelled(ref('authors', 'Authors', { size: 40 }))} ${labelled(ref('journal', 'Journal'))}
              </p>
              <p>
                ${labelled(ref('date', 'Date', { size: 12 }))} ${labelled(ref('pmid', 'PMID', { size: 10 }))}
                ${labelled({ ...ref('url', 'Link', { size: 40 }), type: 'url' })}
              </p>
              <button type="submit">Add reference</button>`,
          )}
        </details>
        <details>
          <summary>Add an organization to section ${n}</summary>
          ${post(
            v,
            `sections/${i}/organization`,
            html`${labelled({
                id: `org-${i}`,
                name: 'organizationId',
                label: 'Organization',
                ...(offered.length
                  ? { type: 'select', options: offered.map((o) => option(o.id, o.name)) }
                  : { attrs: { placeholder: 'organization id' } }),
              })} <button type="submit">Add organization</button>`,
          )}
        </details>`
    : '';
  return html`<section class="section" aria-labelledby="sec-${i}">
    <h3 id="sec-${i}">${n}. ${section.heading}</h3>
    <p>
      ${QUESTION_TYPE_LABELS[section.type]}${section.lastUpdated ? ` · last updated ${section.lastUpdated}` : ''}
      ${section.flags.map((f) => html`<span class="flag">${FLAG_TEXT[f] ?? f}</span>`)}
    </p>
    <p class="muted">Asked: “${section.askedText}”</p>
    <div class="letter-text">${renderBlocks(section.blocks, { headingLevel: 4 })}</div>
    ${orgs}
    <p class="muted">Sources: ${section.articleIds.join(', ') || 'none'}</p>
    ${candidateTable(v, section, i)} ${editing}
  </section>`;
}

function letterSection(v: InquiryView): SafeHtml {
  const { reply } = v;
  if (!reply) {
    return html`<section aria-labelledby="h-letter">
      <h2 id="h-letter">Reply</h2>
      <p>No reply was drafted. Correct the analysis above to draft one.</p>
    </section>`;
  }
  const letter = reply.edited ?? reply.draft;
  const sent = reply.status === 'sent';
  const open = v.inquiry.status !== 'sent' && v.inquiry.status !== 'closed';
  const state = sent
    ? html`<p class="notice" role="status">
        Sent ${when(reply.sentAt)} by
        ${v.users.find((u) => u.id === reply.sentBy)?.name ?? reply.sentBy ?? ''}${reply.editedBeforeSend ? ' (edited before sending)' : ''}.
      </p>`
    : reply.lastError
      ? html`<div class="error" role="alert">
          <p>Sending failed: ${reply.lastError}</p>
          <p>The reply is still queued; you can try again.</p>
        </div>`
      : html`<p>
          ${reply.edited ? 'Edited draft' : 'Draft as written by the engine'}${letter.needsReview ? ' · needs review' : ''}.
        </p>`;
  const sendForm =
    !sent && open
      ? html`<p>
            <a href="${v.base}/inquiries/${v.inquiry.id}/preview">Preview exactly what will be sent</a>
          </p>
          ${post(v, 'send', html`<button type="submit">${reply.lastError ? 'Retry sending' : 'Send the reply'}</button>`)}`
      : '';
  const publish = sent
    ? html`<p>
        <a href="${v.base}/inquiries/${v.inquiry.id}/publish">Publish as a public question and answer…</a>
      </p>`
    : '';
  return html`<section aria-labelledby="h-letter">
    <h2 id="h-letter">Reply: ${letter.title}</h2>
    ${state} ${letter.sections.map((s, i) => sectionBlock(v, s, i, !sent && open))}
    <h3>References</h3>
    ${
      letter.references.length
        ? html`<ol class="references">
            ${[...letter.references].sort((a, b) => a.n - b.n).map(renderReference)}
          </ol>`
        : html`<p>None.</p>`
    }
    ${sendForm}${publish}
  </section>`;
}

function auditSection(v: InquiryView): SafeHtml {
  const users = new Map(v.users.map((u) => [u.id, u]));
  return html`<section aria-labelledby="h-audit">
    <h2 id="h-audit">Audit trail</h2>
    ${table({
      id: 'audit',
      head: ['When', 'Who', 'What', 'Detail'],
      rows: v.audit.map((e) => [when(e.at), actorName(e.actor, users), e.action, e.detail ?? '']),
    })}
  </section>`;
}

/** The inquiry page's body. */
export function inquiryBody(v: InquiryView): SafeHtml {
  return html`${header(v)}${messageSection(v)}${analysisSection(v)}${letterSection(v)}${auditSection(v)}`;
}
