/**
 * What specialists do to an inquiry, as plain functions over the app (the routes are thin shells
 * over these). Every change is audited with who did it; edits need the inquiry to be held by the
 * person making them (an unassigned inquiry is claimed on the first edit).
 */
import type { App } from '../app.js';
import type { ReplyLetter } from '../compose/types.js';
import { AppError } from '../errors.js';
import { canonicalQuestion, isQuestionType } from '../kb/index.js';
import type { Reference } from '../kb/index.js';
import type { Inquiry, Reply, StaffUser } from '../store/types.js';
import type { Analysis, Focus, SubQuestion } from '../understand/types.js';
import { addOrganization, addReference, editSectionText, swapArticle } from './letter-edit.js';
import { draftReply } from './receive.js';

/** An inquiry and its reply (null when drafting failed). */
export interface Case {
  inquiry: Inquiry;
  reply: Reply | null;
}

/** The letter as it stands: the specialist's edit, else the engine's draft. */
export function currentLetter(reply: Reply): ReplyLetter {
  return reply.edited ?? reply.draft;
}

/** Loads an inquiry and its reply; `not_found` if there is no such inquiry. */
export async function loadCase(app: App, id: string): Promise<Case> {
  const inquiry = await app.store.getInquiry(id);
  if (!inquiry) throw new AppError('not_found', `there is no inquiry ${id}`);
  return { inquiry, reply: await app.store.getReplyForInquiry(id) };
}

async function audit(app: App, inquiryId: string, actor: string, action: string, detail: string | null) {
  await app.store.addAudit({ inquiryId, actor, action, detail });
}

async function holderName(app: App, userId: string): Promise<string> {
  const holder = await app.store.getUser(userId);
  return holder ? holder.name : 'another specialist';
}

/** Throws `conflict` unless the inquiry may still change (not sent or closed). */
function ensureOpen(inquiry: Inquiry): void {
  if (inquiry.status === 'sent' || inquiry.status === 'closed') {
    throw new AppError(
      'conflict',
      `inquiry ${inquiry.reference} is ${inquiry.status}; it can no longer change`,
    );
  }
}

/**
 * Makes sure `user` holds the inquiry before a change: claims it when nobody does, throws
 * `conflict` naming the holder when someone else does.
 */
export async function ensureHolder(app: App, user: StaffUser, inquiry: Inquiry): Promise<Inquiry> {
  ensureOpen(inquiry);
  if (inquiry.assigneeId === user.id) return inquiry;
  if (inquiry.assigneeId) {
    throw new AppError(
      'conflict',
      `inquiry ${inquiry.reference} is being answered by ${await holderName(app, inquiry.assigneeId)}`,
    );
  }
  return claim(app, user, inquiry.id);
}

/** Claims an inquiry for `user`; `conflict` (naming the holder) when someone else has it. */
export async function claim(app: App, user: StaffUser, id: string): Promise<Inquiry> {
  const { inquiry } = await loadCase(app, id);
  ensureOpen(inquiry);
  if (inquiry.assigneeId && inquiry.assigneeId !== user.id) {
    throw new AppError(
      'conflict',
      `inquiry ${inquiry.reference} is already claimed by ${await holderName(app, inquiry.assigneeId)}`,
    );
  }
  const claimed = await app.store.claimInquiry(id, user.id, false);
  const updated =
    claimed.status === 'drafted' ? await app.store.updateInquiry(id, { status: 'in_review' }) : claimed;
  await audit(app, id, user.id, 'claimed', null);
  return updated;
}

/**
 * Assigns an inquiry to a specialist. Taking it away from someone else needs `force`, which only
 * admins may use.
 */
export async function assign(
  app: App,
  user: StaffUser,
  id: string,
  assigneeId: string,
  force: boolean,
): Promise<Inquiry> {
  const { inquiry } = await loadCase(app, id);
  ensureOpen(inquiry);
  const assignee = await app.store.getUser(assigneeId);
  if (!assignee || (assignee.role !== 'specialist' && assignee.role !== 'admin')) {
    throw new AppError('bad_input', 'assign to a specialist or admin account', { field: 'assigneeId' });
  }
  if (force && user.role !== 'admin') throw new AppError('forbidden', 'only admins can reassign an inquiry');
  if (inquiry.assigneeId && inquiry.assigneeId !== assigneeId && !force) {
    throw new AppError(
      'conflict',
      `inquiry ${inquiry.reference} is already claimed by ${await holderName(app, inquiry.assigneeId)}`,
    );
  }
  const updated = await app.store.claimInquiry(id, assigneeId, force);
  await audit(app, id, user.id, 'assigned', `to ${assignee.id}${force ? ' (reassigned)' : ''}`);
  return updated;
}

/** Gives an inquiry back to the queue (the holder or an admin). */
export async function release(app: App, user: StaffUser, id: string): Promise<Inquiry> {
  const { inquiry } = await loadCase(app, id);
  if (inquiry.assigneeId !== user.id && user.role !== 'admin') {
    throw new AppError('forbidden', 'only the specialist holding an inquiry (or an admin) can release it');
  }
  const updated = await app.store.updateInquiry(id, { assigneeId: null });
  await audit(app, id, user.id, 'released', null);
  return updated;
}

/** Closes an inquiry without (further) reply. */
export async function closeInquiry(app: App, user: StaffUser, id: string): Promise<Inquiry> {
  const { inquiry } = await loadCase(app, id);
  if (inquiry.status === 'closed') return inquiry;
  if (inquiry.assigneeId && inquiry.assigneeId !== user.id && user.role !== 'admin') {
    throw new AppError(
      'conflict',
      `inquiry ${inquiry.reference} is held by ${await holderName(app, inquiry.assigneeId)}`,
    );
  }
  const updated = await app.store.updateInquiry(id, { status: 'closed' });
  await audit(app, id, user.id, 'closed', null);
  return updated;
}

/** A correction of the analysis as submitted by the specialist. */
export interface AnalysisCorrection {
  /** Condition ids to keep or add as the message's conditions, in order. */
  conditionIds: string[];
  /** Sub-questions: type, condition (one of `conditionIds` or null) and the person's words. */
  subquestions: Array<{ type: string; focus: string | null; text: string }>;
}

/**
 * Builds a corrected analysis: kept foci keep their match details, added conditions get a
 * manual focus; sub-questions get the canonical question for their type and condition.
 */
export async function buildCorrectedAnalysis(
  app: App,
  previous: Analysis | null,
  correction: AnalysisCorrection,
): Promise<Analysis> {
  const foci: Focus[] = [];
  for (const id of [...new Set(correction.conditionIds)]) {
    const kept = previous?.foci.find((f) => f.conditionId === id);
    if (kept) {
      foci.push(kept);
      continue;
    }
    const condition = await app.store.getCondition(id);
    if (!condition) throw new AppError('bad_input', `there is no condition ${id}`, { field: 'conditions' });
    foci.push({
      conditionId: condition.id,
      name: condition.preferredName,
      kind: condition.kind,
      text: condition.preferredName,
      start: 0,
      end: 0,
      score: 1,
      match: 'exact',
    });
  }
  if (correction.subquestions.length === 0) {
    throw new AppError('bad_input', 'keep at least one sub-question', { field: 'subquestions' });
  }
  const subquestions = correction.subquestions.map((sq): SubQuestion => {
    if (!isQuestionType(sq.type))
      throw new AppError('bad_input', `unknown question type "${sq.type}"`, { field: 'type' });
    const focus =
      foci.find((f) => f.conditionId === sq.focus) ?? (sq.focus === null ? null : (foci[0] ?? null));
    const old = previous?.subquestions.find((p) => p.text === sq.text && p.type === sq.type);
    return {
      type: sq.type,
      focus: focus?.conditionId ?? null,
      text: sq.text,
      question: canonicalQuestion(sq.type, focus?.name ?? 'this condition'),
      confidence: old && old.focus === (focus?.conditionId ?? null) ? old.confidence : 1,
    };
  });
  // The names no condition has stay listed: a section left without a condition still names them.
  const unrecognized = previous?.unrecognized;
  return {
    foci,
    subquestions,
    background: previous?.background ?? [],
    ...(unrecognized?.length ? { unrecognized } : {}),
  };
}

/** Saves a corrected analysis and re-drafts the reply from it (discarding earlier edits). */
export async function correctAnalysis(
  app: App,
  user: StaffUser,
  id: string,
  correction: AnalysisCorrection,
): Promise<Case> {
  const { inquiry: found, reply } = await loadCase(app, id);
  const inquiry = await ensureHolder(app, user, found);
  const analysis = await buildCorrectedAnalysis(app, inquiry.analysis, correction);
  const updated = await app.store.updateInquiry(id, {
    analysis,
    status: inquiry.status === 'new' || inquiry.status === 'drafted' ? 'in_review' : inquiry.status,
  });
  const redrafted = await draftReply(app, updated, analysis, reply);
  await audit(
    app,
    id,
    user.id,
    'analysis_corrected',
    `conditions: ${analysis.foci.map((f) => f.conditionId).join(', ') || 'none'}; types: ${analysis.subquestions.map((s) => s.type).join(', ')}`,
  );
  await audit(
    app,
    id,
    user.id,
    'redrafted',
    reply?.edited ? 'earlier edits were replaced by the new draft' : null,
  );
  return { inquiry: updated, reply: redrafted };
}

/** Applies a letter edit for the holder and saves it as the reply's edited letter. */
async function editLetter(
  app: App,
  user: StaffUser,
  id: string,
  action: string,
  detail: string,
  change: (letter: ReplyLetter) => ReplyLetter | Promise<ReplyLetter>,
): Promise<Case> {
  const { inquiry: found, reply } = await loadCase(app, id);
  if (!reply)
    throw new AppError(
      'not_found',
      `inquiry ${found.reference} has no drafted reply; correct the analysis to draft one`,
    );
  const inquiry = await ensureHolder(app, user, found);
  if (reply.status === 'sent')
    throw new AppError('conflict', `the reply to ${inquiry.reference} was already sent`);
  const letter = await change(currentLetter(reply));
  const saved = await app.store.saveReply({ ...reply, edited: letter });
  await audit(app, id, user.id, action, detail);
  return { inquiry, reply: saved };
}

/** Replaces the text of section `index` (0-based). */
export function editSection(
  app: App,
  user: StaffUser,
  id: string,
  index: number,
  text: string,
): Promise<Case> {
  return editLetter(app, user, id, 'section_edited', `section ${index + 1}`, (letter) =>
    editSectionText(letter, index, text),
  );
}

/** Uses another article for section `index`. */
export function swapSectionArticle(
  app: App,
  user: StaffUser,
  id: string,
  index: number,
  articleId: string,
): Promise<Case> {
  return editLetter(
    app,
    user,
    id,
    'article_swapped',
    `section ${index + 1}: ${articleId}`,
    async (letter) => {
      const article = await app.store.getArticle(articleId);
      if (!article)
        throw new AppError('bad_input', `there is no article ${articleId}`, { field: 'articleId' });
      return swapArticle(letter, index, article);
    },
  );
}

/** Adds a reference to section `index`. */
export function addSectionReference(
  app: App,
  user: StaffUser,
  id: string,
  index: number,
  reference: Reference,
): Promise<Case> {
  return editLetter(app, user, id, 'reference_added', `section ${index + 1}: ${reference.title}`, (letter) =>
    addReference(letter, index, reference),
  );
}

/** Adds an organization to section `index`. */
export function addSectionOrganization(
  app: App,
  user: StaffUser,
  id: string,
  index: number,
  organizationId: string,
): Promise<Case> {
  return editLetter(
    app,
    user,
    id,
    'organization_added',
    `section ${index + 1}: ${organizationId}`,
    async (letter) => {
      const org = await app.store.getOrganization(organizationId);
      if (!org)
        throw new AppError('bad_input', `there is no organization ${organizationId}`, {
          field: 'organizationId',
        });
      return addOrganization(letter, index, org);
    },
  );
}
