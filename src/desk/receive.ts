/**
 * Receiving an inquiry (from the web form, the API or the mail inbox): validate, store, analyze,
 * draft the reply with the engine, save the draft, audit. Nothing here logs personal data.
 */
import type { App } from '../app.js';
import { AppError } from '../errors.js';
import type { Inquiry, InquiryChannel, NewInquiry, Reply } from '../store/types.js';
import type { Analysis } from '../understand/types.js';

/** Limits on what a person may send (characters). */
export const INQUIRY_LIMITS = {
  name: 200,
  email: 254,
  subject: 300,
  message: 20_000,
} as const;

const EMAIL_PATTERN = /^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:"]+\.[^\s@<>()[\]\\,;:"]+$/;

/** True for a plausible single email address (`local@domain.tld`). */
export function isEmailAddress(value: string): boolean {
  return value.length <= INQUIRY_LIMITS.email && EMAIL_PATTERN.test(value);
}

const CHANNELS: readonly InquiryChannel[] = ['web', 'email', 'api'];

/**
 * Checks and tidies a new inquiry; throws `bad_input` naming the field that is wrong, or
 * `too_large` for an over-long message.
 */
export function validateInquiry(input: NewInquiry): NewInquiry {
  if (!CHANNELS.includes(input.channel)) {
    throw new AppError('bad_input', 'channel must be web, email or api', { field: 'channel' });
  }
  const email = (input.email ?? '').trim();
  if (!isEmailAddress(email)) {
    throw new AppError('bad_input', 'email is not a valid email address', { field: 'email' });
  }
  const message = (input.message ?? '').replace(/\r\n?/g, '\n').trim();
  if (message.length === 0) {
    throw new AppError('bad_input', 'message is empty', { field: 'message' });
  }
  if (message.length > INQUIRY_LIMITS.message) {
    throw new AppError('too_large', `message is longer than ${INQUIRY_LIMITS.message} characters`, {
      field: 'message',
    });
  }
  const subject = (input.subject ?? '').replace(/\s+/g, ' ').trim();
  if (subject.length > INQUIRY_LIMITS.subject) {
    throw new AppError('bad_input', `subject is longer than ${INQUIRY_LIMITS.subject} characters`, {
      field: 'subject',
    });
  }
  const name = input.name?.replace(/\s+/g, ' ').trim() || null;
  if (name && name.length > INQUIRY_LIMITS.name) {
    throw new AppError('bad_input', `name is longer than ${INQUIRY_LIMITS.name} characters`, {
      field: 'name',
    });
  }
  if (input.receivedAt !== undefined && Number.isNaN(Date.parse(input.receivedAt))) {
    throw new AppError('bad_input', 'receivedAt is not a date', { field: 'receivedAt' });
  }
  return {
    channel: input.channel,
    name,
    email,
    subject,
    message,
    consent: input.consent === true,
    messageId: input.messageId ?? null,
    ...(input.receivedAt !== undefined ? { receivedAt: input.receivedAt } : {}),
  };
}

/** Who the audit trail names for an inquiry's arrival. */
function arrivalActor(channel: InquiryChannel): string {
  return channel === 'web' ? 'public' : 'system';
}

/**
 * Drafts (or re-drafts) the reply of an inquiry with `analysis` and saves it as the reply's
 * draft; an earlier specialist edit is discarded. Returns the saved reply.
 */
export async function draftReply(
  app: App,
  inquiry: Inquiry,
  analysis: Analysis,
  existing: Reply | null,
): Promise<Reply> {
  const letter = await app.answer(inquiry.message, { analysis, subject: inquiry.subject });
  return app.store.saveReply({
    ...(existing ? { id: existing.id } : {}),
    inquiryId: inquiry.id,
    draft: letter,
    edited: null,
    status: 'draft',
    sentAt: null,
    sentBy: null,
    lastError: null,
    editedBeforeSend: false,
  });
}

/**
 * Takes in a person's question: validates and stores it, analyzes the message, drafts the reply
 * with `app.answer`, saves the draft and marks the inquiry `drafted`; each step is audited.
 * If analysis or drafting fails the inquiry is kept with status `new` (and an audit entry), so a
 * specialist still sees it. Throws `bad_input`/`too_large` for invalid input.
 */
export async function receiveInquiry(app: App, input: NewInquiry): Promise<Inquiry> {
  const clean = validateInquiry(input);
  const { store } = app;
  const inquiry = await store.createInquiry(clean);
  await store.addAudit({
    inquiryId: inquiry.id,
    actor: arrivalActor(clean.channel),
    action: 'received',
    detail: `by ${clean.channel}`,
  });
  try {
    const analysis = app.analyze(inquiry.message, { subject: inquiry.subject });
    const reply = await draftReply(app, inquiry, analysis, null);
    const updated = await store.updateInquiry(inquiry.id, { status: 'drafted', analysis });
    await store.addAudit({
      inquiryId: inquiry.id,
      actor: 'system',
      action: 'drafted',
      detail: describeDraft(reply),
    });
    return updated;
  } catch (err) {
    // The error text may quote the message; audit only its kind.
    const code = err instanceof AppError ? err.code : 'internal';
    await store.addAudit({
      inquiryId: inquiry.id,
      actor: 'system',
      action: 'draft_failed',
      detail: `drafting failed (${code}); a specialist must write the reply`,
    });
    return (await store.getInquiry(inquiry.id)) ?? inquiry;
  }
}

/** One line for the audit trail about a draft: sections, types and flags, no personal data. */
export function describeDraft(reply: Reply): string {
  const letter = reply.draft;
  const parts = letter.sections.map((s) =>
    s.flags.length > 0 ? `${s.type} [${s.flags.join(', ')}]` : s.type,
  );
  return `${letter.sections.length} section(s): ${parts.join('; ') || 'none'}${letter.needsReview ? '; needs review' : ''}`;
}
