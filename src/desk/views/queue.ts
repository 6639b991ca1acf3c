/** The inquiry queue page: filters and a table, oldest first. */
import { QUESTION_TYPES, QUESTION_TYPE_LABELS } from '../../kb/index.js';
import type { Inquiry, InquiryFilter, InquiryStatus, StaffUser } from '../../store/types.js';
import { html, labelled, option, options, postForm, table } from '../layout.js';
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
    ${labelled({
      id: 'f-status',
      name: 'status',
      label: 'Status',
      type: 'select',
      options: [
        option('', 'Open (new, drafted, in review)', !v.filter.status),
        option('all', 'All'),
        options(STATUSES, (s) => STATUS_LABELS[s], v.filter.status),
      ],
    })}
    ${labelled({
      id: 'f-condition',
      name: 'condition',
      label: 'Condition',
      value: v.conditionQuery,
      attrs: { placeholder: 'name or id' },
    })}
    ${labelled({
      id: 'f-type',
      name: 'type',
      label: 'Question type',
      type: 'select',
      options: [
        option('', 'Any', !v.filter.questionType),
        options(QUESTION_TYPES, (t) => QUESTION_TYPE_LABELS[t], v.filter.questionType),
      ],
    })}
    ${labelled({
      id: 'f-assignee',
      name: 'assignee',
      label: 'Assignee',
      type: 'select',
      options: [
        option('', 'Anyone', !v.filter.assigneeId),
        specialists.map((u) =>
          option(u.id, u.id === v.user.id ? `${u.name} (me)` : u.name, v.filter.assigneeId === u.id),
        ),
      ],
    })}
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
        ? postForm(
            `${v.base}/inquiries/${inq.id}/claim`,
            v.csrf,
            html`<button type="submit" aria-label="Claim ${inq.reference}">Claim</button>`,
          )
        : '';
    return [
      html`<a href="${v.base}/inquiries/${inq.id}">${inq.reference}</a>`,
      STATUS_LABELS[inq.status],
      age(inq.receivedAt, v.now),
      inq.subject || '(no subject)',
      conditions,
      types,
      holder ?? 'unassigned',
      claim,
    ];
  });
  return html`${filters}
  ${table({
    caption: `${v.inquiries.length} ${v.inquiries.length === 1 ? 'inquiry' : 'inquiries'}, oldest first`,
    captionClass: 'muted',
    head: [
      'Reference',
      'Status',
      'Age',
      'Subject',
      'Conditions',
      'Question types',
      'Assignee',
      html`<span class="skip">Actions</span>`,
    ],
    rows,
  })}`;
}
