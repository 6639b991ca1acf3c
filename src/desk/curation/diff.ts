/**
 * What changed between two versions of an article, in words a curator reads at a glance in the
 * version list: "question changed; 1 block changed, 2 added; 1 reference removed".
 */
import type { Article, Block, Reference } from '../../kb/types.js';

/** Counts of added, removed and changed items between two ordered lists. */
export interface ListChange {
  added: number;
  removed: number;
  changed: number;
}

/**
 * Compares two ordered lists position by position after matching equal items: items present in
 * both (by value) are unchanged; of the rest, as many as pair up are "changed", the surplus is
 * added or removed. Simple and predictable; it does not try to detect moves.
 */
export function compareLists<T>(
  before: readonly T[],
  after: readonly T[],
  key: (item: T) => string,
): ListChange {
  const remaining = new Map<string, number>();
  for (const item of before) remaining.set(key(item), (remaining.get(key(item)) ?? 0) + 1);
  let kept = 0;
  for (const item of after) {
    const k = key(item);
    const n = remaining.get(k) ?? 0;
    if (n > 0) {
      remaining.set(k, n - 1);
      kept++;
    }
  }
  const onlyBefore = before.length - kept;
  const onlyAfter = after.length - kept;
  const changed = Math.min(onlyBefore, onlyAfter);
  return { added: onlyAfter - changed, removed: onlyBefore - changed, changed };
}

const blockKey = (b: Block) => JSON.stringify(b);
const referenceKey = (r: Reference) => JSON.stringify(r);

function describeList(change: ListChange, singular: string, plural: string): string | null {
  const parts: string[] = [];
  if (change.changed) parts.push(`${change.changed} changed`);
  if (change.added) parts.push(`${change.added} added`);
  if (change.removed) parts.push(`${change.removed} removed`);
  if (parts.length === 0) return null;
  const total = change.changed + change.added + change.removed;
  return `${total === 1 ? singular : plural}: ${parts.join(', ')}`;
}

/**
 * One line describing how `after` differs from `before` (null `before`: a new article).
 * Version number and dates are bookkeeping and not reported; "no content change" when nothing else differs.
 */
export function summarizeChange(before: Article | null, after: Article): string {
  if (!before) return 'created';
  const parts: string[] = [];
  if (before.question !== after.question) parts.push('question changed');
  if (before.conditionId !== after.conditionId)
    parts.push(`condition ${before.conditionId} → ${after.conditionId}`);
  if (before.questionType !== after.questionType)
    parts.push(`type ${before.questionType} → ${after.questionType}`);
  const blocks = describeList(compareLists(before.blocks, after.blocks, blockKey), 'block', 'blocks');
  if (blocks) parts.push(blocks);
  const refs = describeList(
    compareLists(before.references, after.references, referenceKey),
    'reference',
    'references',
  );
  if (refs) parts.push(refs);
  if (before.reviewStatus !== after.reviewStatus)
    parts.push(`review ${before.reviewStatus} → ${after.reviewStatus}`);
  return parts.length ? parts.join('; ') : 'no content change';
}

/** True when two articles have the same content (ignoring version, dates and review status). */
export function sameContent(a: Article, b: Article): boolean {
  return (
    a.question === b.question &&
    a.conditionId === b.conditionId &&
    a.questionType === b.questionType &&
    JSON.stringify(a.blocks) === JSON.stringify(b.blocks) &&
    JSON.stringify(a.references) === JSON.stringify(b.references)
  );
}
