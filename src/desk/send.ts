/**
 * Sending a reply by SMTP (nodemailer), as text and HTML. The reply is marked `queued` before the
 * attempt; a failure leaves it queued with the error shown to staff, ready to retry. A reply is
 * never sent twice: one attempt at a time per reply in this process, `markReplySent` moves it to
 * `sent` atomically, and the Message-ID is derived from the reply so a retry that reaches the
 * server after a lost answer carries the same id.
 */
import nodemailer from 'nodemailer';
import type { App } from '../app.js';
import type { Config } from '../config.js';
import { AppError } from '../errors.js';
import type { Inquiry, Reply, StaffUser } from '../store/types.js';
import { differsFromDraft } from './letter-edit.js';
import { currentLetter, ensureHolder, loadCase } from './workflow.js';

/** Timeouts for talking to the mail server (milliseconds). */
export const SMTP_TIMEOUTS = { connection: 10_000, greeting: 10_000, socket: 30_000 } as const;

/** The domain part of the sender address, for Message-IDs. */
function senderDomain(from: string): string {
  const match = /@([^>\s]+)>?\s*$/.exec(from);
  return match?.[1] ?? 'raredesk.invalid';
}

/** The reply's Message-ID: the same for every attempt of the same reply. */
export function replyMessageId(reply: Reply, from: string): string {
  return `<reply-${reply.id}@${senderDomain(from)}>`;
}

/** The subject line of the reply email. */
export function replySubject(inquiry: Inquiry, title: string): string {
  const topic = inquiry.subject.trim() || title;
  return `Re: ${topic} [${inquiry.reference}]`;
}

/** The email as it will be sent: what the preview shows and what `sendReply` hands to SMTP. */
export interface OutgoingMail {
  from: string;
  to: string;
  subject: string;
  text: string;
  html: string;
  messageId: string;
}

/** Builds the outgoing email of a reply from the current letter, rendered by the app. */
export function composeMail(app: App, smtp: Config['smtp'], inquiry: Inquiry, reply: Reply): OutgoingMail {
  const letter = currentLetter(reply);
  return {
    from: smtp.from,
    to: inquiry.email,
    subject: replySubject(inquiry, letter.title),
    text: app.render(letter, 'text'),
    html: app.render(letter, 'html'),
    messageId: replyMessageId(reply, smtp.from),
  };
}

/** Replies being sent right now in this process (a second click waits its turn by failing). */
const inFlight = new Set<string>();

/** The error text staff see: what went wrong, without the addresses involved. */
function describeSendError(err: unknown): string {
  const e = err as { code?: string; responseCode?: number; message?: string };
  const message = (e.message ?? String(err)).replace(/<?[^\s<>@]+@[^\s<>@]+>?/g, '<address>');
  const parts = [e.code, e.responseCode ? `SMTP ${e.responseCode}` : undefined, message];
  return parts.filter(Boolean).join(': ').slice(0, 500);
}

/**
 * Sends the inquiry's reply as `user`. Returns the reply: `sent` with its time and sender, or
 * `queued` with `lastError` when the mail server refused or could not be reached (then also
 * audited as `send_failed`). Throws `conflict` when it was already sent or is being sent.
 */
export async function sendReply(
  app: App,
  smtp: Config['smtp'],
  user: StaffUser,
  inquiryId: string,
): Promise<Reply> {
  const { inquiry: found, reply: stored } = await loadCase(app, inquiryId);
  if (!stored) throw new AppError('not_found', `inquiry ${found.reference} has no reply to send`);
  if (stored.status === 'sent')
    throw new AppError('conflict', `the reply to ${found.reference} was already sent`);
  if (inFlight.has(stored.id))
    throw new AppError('conflict', `the reply to ${found.reference} is being sent right now`);
  inFlight.add(stored.id);
  try {
    const inquiry = await ensureHolder(app, user, found);
    const editedBeforeSend = stored.edited !== null && differsFromDraft(stored.draft, stored.edited);
    const reply = await app.store.saveReply({ ...stored, status: 'queued', editedBeforeSend });
    const mail = composeMail(app, smtp, inquiry, reply);
    await app.store.addAudit({ inquiryId, actor: user.id, action: 'send_requested', detail: null });
    try {
      await deliver(smtp, mail);
    } catch (err) {
      const lastError = describeSendError(err);
      const failed = await app.store.saveReply({ ...reply, status: 'queued', lastError });
      await app.store.addAudit({ inquiryId, actor: 'system', action: 'send_failed', detail: lastError });
      return failed;
    }
    const sentAt = new Date().toISOString();
    const first = await app.store.markReplySent(reply.id, user.id, sentAt);
    if (!first) throw new AppError('conflict', `the reply to ${inquiry.reference} was already sent`);
    await app.store.updateInquiry(inquiryId, { status: 'sent' });
    await app.store.addAudit({
      inquiryId,
      actor: user.id,
      action: 'sent',
      detail: `by email, ${editedBeforeSend ? 'edited' : 'unedited'} draft, Message-ID ${mail.messageId}`,
    });
    const sent = await app.store.getReplyForInquiry(inquiryId);
    if (!sent) throw new AppError('internal', 'the sent reply disappeared');
    return sent;
  } finally {
    inFlight.delete(stored.id);
  }
}

/** Hands one email to the SMTP server; throws what nodemailer throws. */
async function deliver(smtp: Config['smtp'], mail: OutgoingMail): Promise<void> {
  const transport = nodemailer.createTransport({
    host: smtp.host,
    port: smtp.port,
    secure: smtp.secure,
    ...(smtp.user ? { auth: { user: smtp.user, pass: smtp.pass ?? '' } } : {}),
    connectionTimeout: SMTP_TIMEOUTS.connection,
    greetingTimeout: SMTP_TIMEOUTS.greeting,
    socketTimeout: SMTP_TIMEOUTS.socket,
  });
  try {
    await transport.sendMail({
      from: mail.from,
      to: mail.to,
      subject: mail.subject,
      text: mail.text,
      html: mail.html,
      messageId: mail.messageId,
    });
  } finally {
    transport.close();
  }
}
