/**
 * Content gaps: questions people asked that the knowledge base could not answer well.
 *
 * Every drafted reply is split into sections, one per sub-question; the composer flags a section
 * `no_answer` (nothing fits) or `partial` (the typed article is missing, sentences from other
 * articles were used). Grouping those sections by condition and question type, counted over
 * distinct inquiries, tells curators what to write next: the most wanted first.
 */
import type { Article, ConditionId } from '../../kb/types.js';
import type { QuestionType } from '../../kb/question-types.js';
import type { LetterSection, SectionFlag } from '../../compose/types.js';
import type { Inquiry, Reply, Store } from '../../store/types.js';

/** The section flags that count as a gap. */
export const GAP_FLAGS: readonly SectionFlag[] = ['no_answer', 'partial'];

/** One drafted inquiry, reduced to what gap counting needs (no personal data). */
export interface DraftedInquiry {
  inquiryId: string;
  receivedAt: string;
  sections: ReadonlyArray<Pick<LetterSection, 'type' | 'focus' | 'flags' | 'heading'>>;
}

export interface ContentGap {
  /** null: the person named no condition the desk knows. */
  conditionId: ConditionId | null;
  type: QuestionType;
  /** Distinct inquiries that asked it. */
  count: number;
  /** Of those, how many got nothing at all (`no_answer`) rather than a partial answer. */
  noAnswer: number;
  /** The canonical question of the most recent inquiry (a heading such as "How might X be treated?"). */
  question: string;
  /** Most recent time it was asked (ISO). */
  lastAskedAt: string;
  inquiryIds: string[];
}

/** Key for grouping: condition and type. */
function gapKey(conditionId: ConditionId | null, type: QuestionType): string {
  return `${conditionId ?? ''}\u0000${type}`;
}

/**
 * Groups flagged sections by (condition, question type), counting each inquiry once per group
 * (an inquiry counts as `noAnswer` if any of its sections in the group had nothing).
 * Sorted most wanted first: by count, then by `noAnswer`, then most recently asked, then by key
 * so the order is stable.
 */
export function groupContentGaps(inquiries: readonly DraftedInquiry[]): ContentGap[] {
  const groups = new Map<string, ContentGap & { noAnswerIds: Set<string> }>();
  for (const inquiry of inquiries) {
    for (const section of inquiry.sections) {
      const flagged = section.flags.filter((f) => GAP_FLAGS.includes(f));
      if (flagged.length === 0) continue;
      const key = gapKey(section.focus, section.type);
      let gap = groups.get(key);
      if (!gap) {
        gap = {
          conditionId: section.focus,
          type: section.type,
          count: 0,
          noAnswer: 0,
          question: section.heading,
          lastAskedAt: inquiry.receivedAt,
          inquiryIds: [],
          noAnswerIds: new Set(),
        };
        groups.set(key, gap);
      }
      if (!gap.inquiryIds.includes(inquiry.inquiryId)) {
        gap.inquiryIds.push(inquiry.inquiryId);
        gap.count++;
      }
      if (flagged.includes('no_answer') && !gap.noAnswerIds.has(inquiry.inquiryId)) {
        gap.noAnswerIds.add(inquiry.inquiryId);
        gap.noAnswer++;
      }
      if (inquiry.receivedAt >= gap.lastAskedAt) {
        gap.lastAskedAt = inquiry.receivedAt;
        gap.question = section.heading;
      }
    }
  }
  return [...groups.values()]
    .map(({ noAnswerIds: _ids, ...gap }) => gap)
    .sort(
      (a, b) =>
        b.count - a.count ||
        b.noAnswer - a.noAnswer ||
        b.lastAskedAt.localeCompare(a.lastAskedAt) ||
        gapKey(a.conditionId, a.type).localeCompare(gapKey(b.conditionId, b.type)),
    );
}

/** An inquiry and its reply, as the dashboard and gap list read them. */
export interface InquiryWithReply {
  inquiry: Inquiry;
  reply: Reply | null;
}

/** Every inquiry with its reply (if drafted), oldest first. One query per inquiry for the reply. */
export async function loadInquiriesWithReplies(store: Store): Promise<InquiryWithReply[]> {
  const inquiries = await store.listInquiries({});
  const out: InquiryWithReply[] = [];
  for (const inquiry of inquiries) out.push({ inquiry, reply: await store.getReplyForInquiry(inquiry.id) });
  return out;
}

/** The drafted inquiries among `records`, reduced to their draft sections (the engine's own flags). */
export function draftedInquiries(records: readonly InquiryWithReply[]): DraftedInquiry[] {
  return records.flatMap(({ inquiry, reply }) =>
    reply ? [{ inquiryId: inquiry.id, receivedAt: inquiry.receivedAt, sections: reply.draft.sections }] : [],
  );
}

/** A gap with what a curator needs to act on it: the condition's name and any article that now covers it. */
export interface ContentGapView extends ContentGap {
  conditionName: string | null;
  /** Ids of articles with answer text of this condition and type that exist now (written since, or partial). */
  existingArticleIds: string[];
}

/** Adds condition names and existing articles to the gaps (one lookup per distinct condition). */
export async function describeContentGaps(
  store: Store,
  gaps: readonly ContentGap[],
): Promise<ContentGapView[]> {
  const byCondition = new Map<ConditionId, { name: string | null; articles: Article[] }>();
  for (const id of new Set(gaps.map((g) => g.conditionId).filter((id): id is ConditionId => id !== null))) {
    const condition = await store.getCondition(id);
    byCondition.set(id, {
      name: condition?.preferredName ?? null,
      articles: condition ? await store.listArticlesByCondition(id) : [],
    });
  }
  return gaps.map((gap) => {
    const known = gap.conditionId ? byCondition.get(gap.conditionId) : undefined;
    return {
      ...gap,
      conditionName: known?.name ?? null,
      existingArticleIds: (known?.articles ?? [])
        .filter((a) => a.questionType === gap.type && a.hasAnswer)
        .map((a) => a.id),
    };
  });
}
