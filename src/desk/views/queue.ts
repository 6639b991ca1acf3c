/** The inquiry queue page: filters and a table, oldest first. */
import { QUESTION_TYPES, QUESTION_TYPE_LABELS } from '../../kb/index.js';
import type { Inquiry, InquiryFilter, InquiryStatus, StaffUser } from '../../store/types.js';
import { csrfField, html } from '../layout.js';
import type { SafeHtml } from '../layout.js';
import { age } from './common.js';

export const STATUSES: readonly InquiryStatus[] = ['new', 'drafted', 'in_review', 'sent', 'closed'];
export const STATUS_LABELS: Record<InquiryStatus, string> = {
  new: 'New',
  drafted: 'Drafted',
  in_review: 'In review',
  sent: 'Sent',
  closed: 'Closed',
};

export interface QueueView {
  base: string;
  csrf: string;
  user: StaffUser;
  inquiries: Inquiry[];
  filter: InquiryFilter;
  /** The condition filter as typed. */
  conditionQuery: string;
  users: StaffUser[];
  now: Date;
}

function option(value: string, label: string, selected: boolean): SafeHtml {
  return html`<option value="${value}" ${selected ? html` selected` : ''}>${label}</option>`;
}

/** The queue's body. */
export function queueBody(v: QueueView): SafeHtml {
  const names = new Map(v.users.map((u) => [u.id, u.name]));
  const specialists = v.users.filter((u) => u.role === 'specialist' || u.role === 'admin');
  const filters = html`<form
    method="get"
    action="${v.base}/inquiries"
    class="filters"
    aria-label="Filter inquiries"
  >
    <label for="f-status">Status</label>
    <select id="f-status" name="status">
      ${option('', 'Open (new, drafted, in review)', !v.filter.status)}${option('all', 'All', false)}${STATUSES.map((s) => option(s, STATUS_LABELS[s], v.filter.status === s))}
    </select>
    <label for="f-condition">Condition</label>
    <input id="f-condition" name="condition" value="${v.conditionQuery}" placeholder="name or id" />
    <label for="f-type">Question type</label>
    <select id="f-type" name="type">
      ${option('', 'Any', !v.filter.questionType)}${QUESTION_TYPES.map((t) => option(t, QUESTION_TYPE_LABELS[t], v.filter.questionType === t))}
    </select>
    <label for="f-assignee">Assignee</label>
    <select id="f-assignee" name="assignee">
      ${option('', 'Anyone', !v.filter.assigneeId)}${specialists.map((u) => option(u.id, u.id === v.user.id ? `${u.name} (me)` : u.name, v.filter.assigneeId === u.id))}
    </select>
    <button type="submit">Filter</button>
  </form>`;
  if (v.inquiries.length === 0)
    return html`${filters}
      <p>No inquiries match.</p>`;
  const rows = v.inquiries.map((inq) => {
    const conditions = inq.analysis?.foci.map((f) => f.name).join(', ') || '—';
    const types =
      [...new Set(inq.analysis?.subquestions.map((s) => QUESTION_TYPE_LABELS[s.type]) ?? [])].join(', ') ||
      '—';
    const holder = inq.assigneeId ? (names.get(inq.assigneeId) ?? 'someone') : null;
    const open = inq.status !== 'sent' && inq.status !== 'closed';
    const claim =
      open && !inq.assigneeId
        ? html`<form method="post" action="${v.base}/inquiries/${inq.id}/claim">
            ${csrfField(v.csrf)}<button type="submit" aria-label="Claim ${inq.reference}">Claim</button>
          </form>`
        : '';
    return html`<tr>
      <td><a href="${v.base}/inquiries/${inq.id}">${inq.reference}</a></td>
      <td>${STATUS_LABELS[inq.status]}</td>
      <td>${age(inq.receivedAt, v.now)}</td>
      <td>${inq.subject || '(no subject)'}</td>
      <td>${conditions}</td>
      <td>${types}</td>
      <td>${holder ?? 'unassigned'}</td>
      <td>${claim}</td>
    </tr>`;
  });
  return html`${filters}
    <table>
      <caption class="muted">
        ${v.inquiries.length} ${v.inquiries.length === 1 ? 'inquiry' : 'inquiries'}, oldest first
      </caption>
      <thead>
        <tr>
          <th scope="col">Reference</th>
          <th scope="col">Status</th>
          <th scope="col">Age</th>
          <th scope="col">Subject</th>
          <th scope="col">Conditions</th>
          <th scope="col">Question types</th>
          <th scope="col">Assignee</th>
          <th scope="col"><span class="skip">Actions</span></th>
        </tr>
      </thead>
      <tbody>
        ${rows}
      </tbody>
    </table>`;
}
