/**
 * The dashboard, mounted at `<base>/dashboard` (every staff role): inquiries per week, median time
 * to reply, share of drafts sent without edits, top conditions and question types, and content
 * gaps, as inline SVG charts each followed by its data table. `?weeks=N` picks the period.
 * Only counts are shown: no names, emails or messages.
 */
import { Hono } from 'hono';
import { QUESTION_TYPE_LABELS } from '../../kb/question-types.js';
import { canAccess, html, staffPage, type SafeHtml } from '../layout.js';
import { requireRole } from '../auth/index.js';
import type { StaffContext, StaffEnv } from '../context.js';
import {
  describeContentGaps,
  draftedInquiries,
  groupContentGaps,
  loadInquiriesWithReplies,
  type InquiryWithReply,
} from '../curation/index.js';
import { CHART_CSS, chartFigure, type ChartSpec } from './charts.js';
import {
  inquiriesPerWeek,
  lastWeeks,
  medianHoursToReply,
  medianHoursToReplyPerWeek,
  shareSentWithoutEdits,
  topCounts,
} from './stats.js';

export * from './stats.js';
export { columnChart, barChart, chartFigure, niceTicks } from './charts.js';

/** The dashboard's knobs, in one place. */
export const DASHBOARD_SETTINGS = {
  defaultWeeks: 12,
  minWeeks: 4,
  maxWeeks: 104,
  /** Entries in the top-N charts. */
  top: 10,
} as const;

/** The period asked for in `?weeks=`, clamped to the allowed range. */
export function periodWeeks(value: string | undefined): number {
  const n = Number(value);
  if (!Number.isInteger(n)) return DASHBOARD_SETTINGS.defaultWeeks;
  return Math.min(DASHBOARD_SETTINGS.maxWeeks, Math.max(DASHBOARD_SETTINGS.minWeeks, n));
}

/** Hours as a person reads them: minutes under an hour, hours under two days, else days. */
export function formatHours(hours: number | null): string {
  if (hours === null) return '—';
  if (hours < 1) return `${Math.round(hours * 60)} min`;
  if (hours < 48) return `${Math.round(hours * 10) / 10} h`;
  return `${Math.round((hours / 24) * 10) / 10} days`;
}

/** A share as a whole percentage. */
function percent(share: number | null): string {
  return share === null ? '—' : `${Math.round(share * 100)}%`;
}

/** Everything the dashboard shows, computed from the desk's records over the period. */
export interface DashboardData {
  weeks: number;
  since: string;
  inquiries: number;
  perWeek: ReturnType<typeof inquiriesPerWeek>;
  replyTime: ReturnType<typeof medianHoursToReply>;
  replyTimePerWeek: ReturnType<typeof medianHoursToReplyPerWeek>;
  unedited: ReturnType<typeof shareSentWithoutEdits>;
  topConditions: Array<{ id: string; name: string; count: number }>;
  topTypes: Array<{ type: string; label: string; count: number }>;
}

/** Computes the dashboard's numbers (pure: records and the clock in, numbers out). */
export function dashboardData(records: readonly InquiryWithReply[], now: Date, weeks: number): DashboardData {
  const since = lastWeeks(now, weeks)[0] ?? '';
  const inPeriod = records.filter((r) => r.inquiry.receivedAt.slice(0, 10) >= since);
  const sent = records.flatMap(({ inquiry, reply }) =>
    reply?.status === 'sent' && reply.sentAt && reply.sentAt.slice(0, 10) >= since
      ? [{ timing: { receivedAt: inquiry.receivedAt, sentAt: reply.sentAt }, reply }]
      : [],
  );
  const names = new Map<string, string>();
  for (const r of inPeriod) for (const f of r.inquiry.analysis?.foci ?? []) names.set(f.conditionId, f.name);
  const timings = sent.map((s) => s.timing);
  return {
    weeks,
    since,
    inquiries: inPeriod.length,
    perWeek: inquiriesPerWeek(
      inPeriod.map((r) => r.inquiry.receivedAt),
      now,
      weeks,
    ),
    replyTime: medianHoursToReply(timings),
    replyTimePerWeek: medianHoursToReplyPerWeek(timings, now, weeks),
    unedited: shareSentWithoutEdits(sent.map((s) => s.reply)),
    topConditions: topCounts(
      inPeriod.map((r) => (r.inquiry.analysis?.foci ?? []).map((f) => f.conditionId)),
      DASHBOARD_SETTINGS.top,
    ).map(({ key, count }) => ({ id: key, name: names.get(key) ?? key, count })),
    topTypes: topCounts(
      inPeriod.map((r) => (r.inquiry.analysis?.subquestions ?? []).map((s) => s.type)),
      DASHBOARD_SETTINGS.top,
    ).map(({ key, count }) => ({
      type: key,
      label: QUESTION_TYPE_LABELS[key as keyof typeof QUESTION_TYPE_LABELS] ?? key,
      count,
    })),
  };
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** The chart specifications for the data (titles and descriptions state the main numbers). */
export function dashboardCharts(
  data: DashboardData,
  gaps: Array<{ label: string; count: number }>,
): Array<{ spec: ChartSpec; kind: 'columns' | 'bars' }> {
  const busiest = [...data.perWeek].sort((a, b) => b.count - a.count)[0];
  return [
    {
      kind: 'columns',
      spec: {
        id: 'per-week',
        title: 'Inquiries per week',
        description: `${plural(data.inquiries, 'inquiry', 'inquiries')} in the last ${data.weeks} weeks${
          busiest && busiest.count > 0 ? `; the busiest week began ${busiest.week} with ${busiest.count}` : ''
        }.`,
        labelHeader: 'Week beginning',
        valueHeader: 'Inquiries',
        integer: true,
        data: data.perWeek.map((w) => ({ label: w.week, value: w.count })),
      },
    },
    {
      kind: 'columns',
      spec: {
        id: 'reply-time',
        title: 'Median time to reply, by week of sending',
        description: data.replyTime.replies
          ? `Median ${formatHours(data.replyTime.hours)} from receipt to the reply over ${plural(
              data.replyTime.replies,
              'reply',
              'replies',
            )}. Bars show hours; weeks without replies have none.`
          : 'No reply was sent in the period.',
        labelHeader: 'Week beginning',
        valueHeader: 'Median time to reply',
        data: data.replyTimePerWeek.map((w) => ({
          label: w.week,
          value: w.hours === null ? null : Math.round(w.hours * 10) / 10,
          display: `${formatHours(w.hours)}${w.replies ? ` (${plural(w.replies, 'reply', 'replies')})` : ''}`,
        })),
      },
    },
    {
      kind: 'bars',
      spec: {
        id: 'unedited',
        title: 'Drafts sent without edits',
        description: data.unedited.sent
          ? `${percent(data.unedited.share)} of ${plural(data.unedited.sent, 'reply', 'replies')} sent went out as drafted.`
          : 'No reply was sent in the period.',
        labelHeader: 'Replies sent',
        valueHeader: 'Count',
        integer: true,
        data: data.unedited.sent
          ? [
              { label: 'Sent as drafted', value: data.unedited.unedited },
              { label: 'Edited before sending', value: data.unedited.sent - data.unedited.unedited },
            ]
          : [],
      },
    },
    {
      kind: 'bars',
      spec: {
        id: 'top-conditions',
        title: 'Top conditions',
        description: data.topConditions.length
          ? `Conditions named in the most inquiries; first: ${data.topConditions[0]?.name} (${data.topConditions[0]?.count}).`
          : 'No inquiry named a known condition in the period.',
        labelHeader: 'Condition',
        valueHeader: 'Inquiries',
        integer: true,
        data: data.topConditions.map((t) => ({ label: t.name, value: t.count })),
      },
    },
    {
      kind: 'bars',
      spec: {
        id: 'top-types',
        title: 'Top question types',
        description: data.topTypes.length
          ? `What people asked most; first: ${data.topTypes[0]?.label} (${plural(data.topTypes[0]?.count ?? 0, 'inquiry', 'inquiries')}).`
          : 'No questions in the period.',
        labelHeader: 'Question type',
        valueHeader: 'Inquiries',
        integer: true,
        data: data.topTypes.map((t) => ({ label: t.label, value: t.count })),
      },
    },
    {
      kind: 'bars',
      spec: {
        id: 'gaps',
        title: 'Content gaps',
        description: gaps.length
          ? `Questions drafted with no or only a partial answer, by condition and type; first: ${gaps[0]?.label} (${gaps[0]?.count}).`
          : 'Every drafted section in the period had an answer.',
        labelHeader: 'Condition and question type',
        valueHeader: 'Inquiries',
        integer: true,
        data: gaps.map((g) => ({ label: g.label, value: g.count })),
      },
    },
  ];
}

/** The key figures above the charts. */
function keyFigures(data: DashboardData): SafeHtml {
  return html`<ul class="kpis">
    <li><strong>${data.inquiries}</strong> inquiries</li>
    <li><strong>${data.replyTime.replies}</strong> replies sent</li>
    <li><strong>${formatHours(data.replyTime.hours)}</strong> median time to reply</li>
    <li><strong>${percent(data.unedited.share)}</strong> sent without edits</li>
  </ul>`;
}

/** The dashboard router; mount it at `<base>/dashboard` inside the staff router. */
export function dashboardRouter(ctx: StaffContext): Hono<StaffEnv> {
  const router = new Hono<StaffEnv>();
  router.use('*', requireRole('specialist', 'curator'));

  router.get('/', async (c) => {
    const weeks = periodWeeks(c.req.query('weeks'));
    const now = ctx.now();
    const records = await loadInquiriesWithReplies(ctx.app.store);
    const data = dashboardData(records, now, weeks);
    const inPeriod = records.filter((r) => r.inquiry.receivedAt.slice(0, 10) >= data.since);
    const gaps = (
      await describeContentGaps(
        ctx.app.store,
        groupContentGaps(draftedInquiries(inPeriod)).slice(0, DASHBOARD_SETTINGS.top),
      )
    ).map((g) => ({
      label: `${g.conditionName ?? g.conditionId ?? 'No condition'}: ${QUESTION_TYPE_LABELS[g.type]}`,
      count: g.count,
    }));
    const user = c.get('user');
    const periods = [4, 12, 26, 52];
    const body = html`${CHART_CSS}
      <nav aria-label="Period">
        <p>
          Period:
          ${periods.map(
            (w, i) =>
              html`${i ? ' · ' : ''}${
                w === weeks
                  ? html`<strong aria-current="page">${w} weeks</strong>`
                  : html`<a href="${ctx.base}/dashboard?weeks=${w}">${w} weeks</a>`
              }`,
          )}
          <span class="muted">(since ${data.since})</span>
        </p>
      </nav>
      ${keyFigures(data)} ${dashboardCharts(data, gaps).map(({ spec, kind }) => chartFigure(spec, kind))}
      ${
        canAccess(user.role, 'curator')
          ? html`<p>
              <a href="${ctx.base}/kb/gaps">All content gaps, with links to write the missing articles</a>
            </p>`
          : ''
      }`;
    return c.html(
      staffPage({
        title: 'Dashboard',
        user,
        csrf: c.get('session').csrf,
        base: ctx.base,
        active: 'dashboard',
        body,
      }),
    );
  });
  return router;
}
