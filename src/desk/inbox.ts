/**
 * Inquiries that arrive by email: `importInbox(app, path)` reads an mbox file or a folder of
 * `.eml` files, turns each message into an inquiry (sender, subject, text body, or the HTML body
 * converted to text; attachments are listed in the message but not stored) and drafts its reply
 * like a web inquiry. Messages already imported (same Message-ID) are skipped; messages that
 * cannot be read are reported, never half-imported.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { convert } from 'html-to-text';
import { simpleParser } from 'mailparser';
import type { App } from '../app.js';
import { AppError, isAppError } from '../errors.js';
import { receiveInquiry } from './receive.js';

/** One message as the desk reads it. */
export interface InboxMessage {
  fromName: string | null;
  fromEmail: string | null;
  subject: string;
  body: string;
  attachments: Array<{ filename: string; contentType: string; size: number }>;
  /** The Message-ID header, or a hash of the raw message when it has none (so re-imports skip it). */
  messageId: string;
  date: string | null;
}

export interface InboxReport {
  /** Inquiries created, by their source (`file` or `file#n` for the n-th message of an mbox). */
  imported: Array<{ source: string; reference: string }>;
  duplicates: Array<{ source: string }>;
  unreadable: Array<{ source: string; reason: string }>;
}

/** Splits an mbox file into raw messages (mboxrd: `>From ` lines in bodies are unescaped). */
export function splitMbox(content: Buffer): Buffer[] {
  const text = content.toString('latin1');
  const messages: Buffer[] = [];
  const starts = [...text.matchAll(/^From .*$/gm)].map((m) => ({ at: m.index, len: m[0].length }));
  starts.forEach((start, i) => {
    const end = starts[i + 1]?.at ?? text.length;
    const raw = text
      .slice(start.at + start.len, end)
      .replace(/^\r?\n/, '')
      .replace(/^>(>*From )/gm, '$1');
    if (raw.trim()) messages.push(Buffer.from(raw, 'latin1'));
  });
  return messages;
}

function describeSize(bytes: number): string {
  return bytes >= 1024 * 1024
    ? `${(bytes / 1024 / 1024).toFixed(1)} MB`
    : `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

/** Parses one raw message; throws `bad_input` naming why it cannot become an inquiry. */
export async function parseMessage(raw: Buffer): Promise<InboxMessage> {
  let parsed;
  try {
    parsed = await simpleParser(raw, { skipImageLinks: true, skipTextToHtml: true });
  } catch (err) {
    throw new AppError('bad_input', `cannot be parsed as an email (${(err as Error).message})`);
  }
  const sender = parsed.replyTo?.value[0] ?? parsed.from?.value[0];
  // mailparser converts HTML-only mail to text itself; inline image placeholders are dropped.
  const text = (parsed.text ?? '').replace(/\[cid:[^\]]*\]/g, '').trim();
  const body =
    text ||
    (typeof parsed.html === 'string'
      ? convert(parsed.html, { wordwrap: false, selectors: [{ selector: 'img', format: 'skip' }] }).trim()
      : '');
  const hash = createHash('sha256').update(raw).digest('hex').slice(0, 32);
  return {
    fromName: sender?.name?.trim() || null,
    fromEmail: sender?.address?.trim() || null,
    subject: parsed.subject?.trim() ?? '',
    body,
    attachments: parsed.attachments.map((a) => ({
      filename: a.filename ?? '(unnamed)',
      contentType: a.contentType,
      size: a.size,
    })),
    messageId: parsed.messageId?.trim() || `<sha256-${hash}@inbox.raredesk>`,
    date: parsed.date && !Number.isNaN(parsed.date.getTime()) ? parsed.date.toISOString() : null,
  };
}

/** The inquiry text: the body, then a note listing attachments that were not stored. */
export function inquiryText(message: InboxMessage): string {
  if (message.attachments.length === 0) return message.body;
  const list = message.attachments
    .map((a) => `${a.filename} (${a.contentType}, ${describeSize(a.size)})`)
    .join('; ');
  return `${message.body}\n\n[Attachments received but not stored: ${list}]`;
}

/** Raw messages at `target`: the messages of an mbox file, or each `.eml` file of a folder. */
async function readSources(target: string): Promise<Array<{ source: string; raw: Buffer }>> {
  let stat;
  try {
    stat = await fs.stat(target);
  } catch {
    throw new AppError('not_found', `there is no file or folder ${target}`);
  }
  if (stat.isDirectory()) {
    const files = (await fs.readdir(target)).filter((f) => f.toLowerCase().endsWith('.eml')).sort();
    return Promise.all(files.map(async (f) => ({ source: f, raw: await fs.readFile(path.join(target, f)) })));
  }
  const name = path.basename(target);
  const content = await fs.readFile(target);
  if (name.toLowerCase().endsWith('.eml')) return [{ source: name, raw: content }];
  return splitMbox(content).map((raw, i) => ({ source: `${name}#${i + 1}`, raw }));
}

/** Imports the messages at `target` (mbox file, `.eml` file, or folder of `.eml` files). */
export async function importInbox(app: App, target: string): Promise<InboxReport> {
  const report: InboxReport = { imported: [], duplicates: [], unreadable: [] };
  for (const { source, raw } of await readSources(target)) {
    try {
      const message = await parseMessage(raw);
      if (!message.fromEmail) throw new AppError('bad_input', 'has no sender address');
      if (!message.body) throw new AppError('bad_input', 'has no text');
      if (await app.store.getInquiryByMessageId(message.messageId)) {
        report.duplicates.push({ source });
        continue;
      }
      const inquiry = await receiveInquiry(app, {
        channel: 'email',
        name: message.fromName,
        email: message.fromEmail,
        subject: message.subject,
        message: inquiryText(message),
        // Writing to the desk by email is asking to be answered by email.
        consent: true,
        messageId: message.messageId,
        ...(message.date ? { receivedAt: message.date } : {}),
      });
      report.imported.push({ source, reference: inquiry.reference });
    } catch (err) {
      if (!isAppError(err) || (err.code !== 'bad_input' && err.code !== 'too_large')) throw err;
      report.unreadable.push({ source, reason: err.message });
    }
  }
  return report;
}
