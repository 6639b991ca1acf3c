/**
 * The dashboard's numbers, as small pure functions over plain records (no store, no clock: the
 * caller passes `now`). Weeks are ISO weeks starting on Monday, in UTC.
 */

const DAY_MS = 24 * 60 * 60 * 1000;
const HOUR_MS = 60 * 60 * 1000;

/** The Monday (UTC) that starts the week of `date`, as `YYYY-MM-DD`. */
export function weekStart(date: Date | string): string {
  const d = new Date(date);
  if (Number.isNaN(d.getTime())) throw new RangeError(`not a date: ${String(date)}`);
  const midnight = Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate());
  const daysSinceMonday = (d.getUTCDay() + 6) % 7;
  return new Date(midnight - daysSinceMonday * DAY_MS).toISOString().slice(0, 10);
}

/** The `weeks` week starts ending with the week of `now`, oldest first. */
export function lastWeeks(now: Date, weeks: number): string[] {
  const current = Date.parse(`${weekStart(now)}T00:00:00Z`);
  return Array.from({ length: weeks }, (_, i) =>
    new Date(current - (weeks - 1 - i) * 7 * DAY_MS).toISOString().slice(0, 10),
  );
}

export interface WeekCount {
  /** Monday of the week, `YYYY-MM-DD`. */
  week: string;
  count: number;
}

/**
 * Inquiries received per week over the last `weeks` weeks (the current week included), with the
 * weeks that had none as zero. Times outside the window are ignored.
 */
export function inquiriesPerWeek(receivedAt: readonly string[], now: Date, weeks: number): WeekCount[] {
  const counts = new Map(lastWeeks(now, weeks).map((w) => [w, 0]));
  for (const t of receivedAt) {
    const w = weekStart(t);
    const n = counts.get(w);
    if (n !== undefined) counts.set(w, n + 1);
  }
  return [...counts].map(([week, count]) => ({ week, count }));
}

/** The median of the values (mean of the middle two for an even count); null for none. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const hi = sorted[mid] ?? 0;
  return sorted.length % 2 === 1 ? hi : ((sorted[mid - 1] ?? 0) + hi) / 2;
}

/** One answered inquiry: when it came in and when its reply went out. */
export interface ReplyTiming {
  receivedAt: string;
  sentAt: string;
}

/** Hours from receipt to the reply being sent (never negative: clock skew counts as 0). */
export function hoursToReply(t: ReplyTiming): number {
  return Math.max(0, (Date.parse(t.sentAt) - Date.parse(t.receivedAt)) / HOUR_MS);
}

/** Median hours to reply over the given replies, and how many there were. */
export function medianHoursToReply(timings: readonly ReplyTiming[]): {
  hours: number | null;
  replies: number;
} {
  return { hours: median(timings.map(hoursToReply)), replies: timings.length };
}

/** Median hours to reply per week in which the reply was sent, over the last `weeks` weeks (null: none sent). */
export function medianHoursToReplyPerWeek(
  timings: readonly ReplyTiming[],
  now: Date,
  weeks: number,
): Array<{ week: string; hours: number | null; replies: number }> {
  const byWeek = new Map<string, number[]>(lastWeeks(now, weeks).map((w) => [w, []]));
  for (const t of timings) byWeek.get(weekStart(t.sentAt))?.push(hoursToReply(t));
  return [...byWeek].map(([week, hours]) => ({ week, hours: median(hours), replies: hours.length }));
}

/** A sent reply: whether the specialist changed the draft before sending. */
export interface SentReply {
  editedBeforeSend: boolean;
}

/** Share of sent replies whose draft went out without edits (null when nothing was sent). */
export function shareSentWithoutEdits(sent: readonly SentReply[]): {
  sent: number;
  unedited: number;
  share: number | null;
} {
  const unedited = sent.filter((r) => !r.editedBeforeSend).length;
  return { sent: sent.length, unedited, share: sent.length ? unedited / sent.length : null };
}

export interface KeyCount {
  key: string;
  count: number;
}

/**
 * The most frequent keys, counting each record once per distinct key it carries (an inquiry that
 * names a condition twice counts once). Ties are broken by key so the order is stable.
 */
export function topCounts(records: ReadonlyArray<readonly string[]>, limit: number): KeyCount[] {
  const counts = new Map<string, number>();
  for (const keys of records) for (const k of new Set(keys)) counts.set(k, (counts.get(k) ?? 0) + 1);
  return [...counts]
    .map(([key, count]) => ({ key, count }))
    .sort((a, b) => b.count - a.count || a.key.localeCompare(b.key))
    .slice(0, limit);
}
