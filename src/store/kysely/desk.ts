/**
 * The desk half of the store (inquiries, replies, audit events, staff users, published Q&A),
 * written once over Kysely for every database. It extends the knowledge-base half so that
 * `KyselyStore` (store.ts) gets both through one chain: StoreBase → knowledge → desk → store.
 */
import { randomUUID } from 'node:crypto';
import { sql, type Updateable } from 'kysely';
import { AppError } from '../../errors.js';
import type { ConditionId } from '../../kb/types.js';
import type { Analysis } from '../../understand/types.js';
import type {
  AuditEvent,
  DeskStore,
  Inquiry,
  InquiryFilter,
  NewInquiry,
  PublishedQa,
  Reply,
  StaffUser,
} from '../types.js';
import type { Db } from './base.js';
import { KyselyKnowledgeStore } from './knowledge.js';
import { auditFromRow, inquiryFromRow, publishedQaFromRow, replyFromRow, userFromRow } from './rows.js';
import type { Database } from './schema.js';
import { stableStringify } from './text.js';

function now(): string {
  return new Date().toISOString();
}

/** Public reference number: `RD-<year>-<sequence, 6 digits>`, e.g. `RD-2026-000123`. */
export function formatReference(year: number, sequence: number): string {
  return `RD-${year}-${String(sequence).padStart(6, '0')}`;
}

/** Emails are stored and compared in this form. */
function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** Rows of the filter tables that mirror an analysis (conditions and question types it found). */
async function writeAnalysisTags(db: Db, inquiryId: string, analysis: Analysis | null) {
  await db.deleteFrom('inquiry_conditions').where('inquiry_id', '=', inquiryId).execute();
  await db.deleteFrom('inquiry_question_types').where('inquiry_id', '=', inquiryId).execute();
  if (analysis === null) return;
  const conditionIds = new Set<string>(analysis.foci.map((f) => f.conditionId));
  for (const sq of analysis.subquestions) {
    if (sq.focus) conditionIds.add(sq.focus);
    if (sq.secondFocus) conditionIds.add(sq.secondFocus);
  }
  const types = new Set(analysis.subquestions.map((sq) => sq.type));
  if (conditionIds.size > 0) {
    await db
      .insertInto('inquiry_conditions')
      .values([...conditionIds].map((condition_id) => ({ inquiry_id: inquiryId, condition_id })))
      .execute();
  }
  if (types.size > 0) {
    await db
      .insertInto('inquiry_question_types')
      .values([...types].map((question_type) => ({ inquiry_id: inquiryId, question_type })))
      .execute();
  }
}

export abstract class KyselyDeskStore extends KyselyKnowledgeStore implements DeskStore {
  // ---- inquiries ----

  async createInquiry(input: NewInquiry): Promise<Inquiry> {
    const receivedAt = input.receivedAt ?? now();
    const year = new Date(receivedAt).getUTCFullYear();
    if (Number.isNaN(year)) {
      throw new AppError('bad_input', `receivedAt is not a date: ${receivedAt}`, {
        field: 'receivedAt',
      });
    }
    const messageId = input.messageId ?? null;
    return this.inTransaction(async (db) => {
      if (messageId !== null && (await this.inquiryBy(db, 'message_id', messageId)) !== null) {
        throw new AppError('conflict', 'an inquiry with this email Message-ID already exists', {
          field: 'messageId',
        });
      }
      const sequence = await this.nextCounter(db, `inquiry_reference_${year}`);
      const row = {
        id: randomUUID(),
        reference: formatReference(year, sequence),
        channel: input.channel,
        received_at: receivedAt,
        name: input.name,
        email: input.email,
        subject: input.subject,
        message: input.message,
        consent: input.consent ? 1 : 0,
        status: 'new',
        assignee_id: null,
        analysis_json: null,
        message_id: messageId,
        updated_at: now(),
      };
      await this.guard('inquiry', () => db.insertInto('inquiries').values(row).execute());
      return inquiryFromRow(row);
    });
  }

  getInquiry(id: string): Promise<Inquiry | null> {
    return this.inquiryBy(this.db, 'id', id);
  }

  getInquiryByReference(reference: string): Promise<Inquiry | null> {
    return this.inquiryBy(this.db, 'reference', reference);
  }

  getInquiryByMessageId(messageId: string): Promise<Inquiry | null> {
    return this.inquiryBy(this.db, 'message_id', messageId);
  }

  async listInquiries(filter: InquiryFilter): Promise<Inquiry[]> {
    let query = this.db.selectFrom('inquiries').selectAll();
    if (filter.status !== undefined) query = query.where('status', '=', filter.status);
    if (filter.assigneeId !== undefined) query = query.where('assignee_id', '=', filter.assigneeId);
    const { conditionId, questionType } = filter;
    if (conditionId !== undefined) {
      query = query.where('id', 'in', (eb) =>
        eb.selectFrom('inquiry_conditions').select('inquiry_id').where('condition_id', '=', conditionId),
      );
    }
    if (questionType !== undefined) {
      query = query.where('id', 'in', (eb) =>
        eb
          .selectFrom('inquiry_question_types')
          .select('inquiry_id')
          .where('question_type', '=', questionType),
      );
    }
    query = query.orderBy('received_at').orderBy('reference');
    if (filter.limit !== undefined || filter.offset !== undefined) {
      // SQLite accepts OFFSET only after a LIMIT.
      query = query.limit(filter.limit ?? Number.MAX_SAFE_INTEGER).offset(filter.offset ?? 0);
    }
    return (await query.execute()).map(inquiryFromRow);
  }

  updateInquiry(
    id: string,
    patch: Partial<Pick<Inquiry, 'status' | 'assigneeId' | 'analysis'>>,
  ): Promise<Inquiry> {
    return this.inTransaction(async (db) => {
      const set: Updateable<Database['inquiries']> = { updated_at: now() };
      if (patch.status !== undefined) set.status = patch.status;
      if (patch.assigneeId !== undefined) set.assignee_id = patch.assigneeId;
      if (patch.analysis !== undefined) {
        set.analysis_json = patch.analysis === null ? null : JSON.stringify(patch.analysis);
      }
      const result = await this.guard(`inquiry ${id}`, () =>
        db.updateTable('inquiries').set(set).where('id', '=', id).executeTakeFirst(),
      );
      if (Number(result.numUpdatedRows) === 0) {
        throw new AppError('not_found', `no inquiry with id ${id}`);
      }
      if (patch.analysis !== undefined) await writeAnalysisTags(db, id, patch.analysis);
      return (await this.inquiryBy(db, 'id', id))!;
    });
  }

  claimInquiry(id: string, userId: string, force: boolean): Promise<Inquiry> {
    return this.inTransaction(async (db) => {
      let update = db
        .updateTable('inquiries')
        .set({ assignee_id: userId, updated_at: now() })
        .where('id', '=', id);
      if (!force) {
        update = update.where((eb) => eb.or([eb('assignee_id', 'is', null), eb('assignee_id', '=', userId)]));
      }
      const result = await this.guard(`claim of inquiry ${id} by user ${userId}`, () =>
        update.executeTakeFirst(),
      );
      const inquiry = await this.inquiryBy(db, 'id', id);
      if (inquiry === null) throw new AppError('not_found', `no inquiry with id ${id}`);
      if (Number(result.numUpdatedRows) === 0) {
        throw new AppError(
          'conflict',
          `inquiry ${inquiry.reference} is already claimed by another staff member`,
          { assigneeId: inquiry.assigneeId },
        );
      }
      return inquiry;
    });
  }

  // ---- replies ----

  saveReply(reply: Omit<Reply, 'id' | 'updatedAt'> & { id?: string }): Promise<Reply> {
    return this.inTransaction(async (db) => {
      if ((await this.inquiryBy(db, 'id', reply.inquiryId)) === null) {
        throw new AppError('not_found', `no inquiry with id ${reply.inquiryId}`);
      }
      const existing = await db
        .selectFrom('replies')
        .select(['id', 'status'])
        .where('inquiry_id', '=', reply.inquiryId)
        .executeTakeFirst();
      if (existing?.status === 'sent') {
        throw new AppError('conflict', `the reply to inquiry ${reply.inquiryId} was already sent`);
      }
      if (existing !== undefined && reply.id !== undefined && reply.id !== existing.id) {
        throw new AppError(
          'conflict',
          `inquiry ${reply.inquiryId} already has reply ${existing.id}, not ${reply.id}`,
        );
      }
      const row = {
        id: existing?.id ?? reply.id ?? randomUUID(),
        inquiry_id: reply.inquiryId,
        // Stable JSON, so that "edited differs from draft" is a plain text comparison.
        draft_json: stableStringify(reply.draft),
        edited_json: reply.edited === null ? null : stableStringify(reply.edited),
        status: reply.status,
        sent_at: reply.sentAt,
        sent_by: reply.sentBy,
        last_error: reply.lastError,
        edited_before_send: reply.editedBeforeSend ? 1 : 0,
        updated_at: now(),
      };
      await this.guard(`reply ${row.id}`, async () => {
        if (existing === undefined) await db.insertInto('replies').values(row).execute();
        else await db.updateTable('replies').set(row).where('id', '=', row.id).execute();
      });
      return replyFromRow(row);
    });
  }

  async getReplyForInquiry(inquiryId: string): Promise<Reply | null> {
    const row = await this.db
      .selectFrom('replies')
      .selectAll()
      .where('inquiry_id', '=', inquiryId)
      .executeTakeFirst();
    return row === undefined ? null : replyFromRow(row);
  }

  async markReplySent(replyId: string, sentBy: string, sentAt: string): Promise<boolean> {
    // One UPDATE guarded by the status: of two concurrent senders, exactly one changes the row.
    const result = await this.db
      .updateTable('replies')
      .set({
        status: 'sent',
        sent_at: sentAt,
        sent_by: sentBy,
        last_error: null,
        edited_before_send: sql<number>`case when edited_json is not null and edited_json <> draft_json then 1 else 0 end`,
        updated_at: now(),
      })
      .where('id', '=', replyId)
      .where('status', '<>', 'sent')
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) > 0) return true;
    const exists = await this.db
      .selectFrom('replies')
      .select('id')
      .where('id', '=', replyId)
      .executeTakeFirst();
    if (exists === undefined) throw new AppError('not_found', `no reply with id ${replyId}`);
    return false;
  }

  // ---- audit ----

  async addAudit(event: Omit<AuditEvent, 'id' | 'at'> & { at?: string }): Promise<void> {
    await this.guard(`audit event ${event.action}`, () =>
      this.db
        .insertInto('audit_events')
        .values({
          inquiry_id: event.inquiryId,
          at: event.at ?? now(),
          actor: event.actor,
          action: event.action,
          detail: event.detail,
        })
        .execute(),
    );
  }

  async listAudit(inquiryId: string): Promise<AuditEvent[]> {
    const rows = await this.db
      .selectFrom('audit_events')
      .selectAll()
      .where('inquiry_id', '=', inquiryId)
      .orderBy('id')
      .execute();
    return rows.map(auditFromRow);
  }

  // ---- staff users ----

  createUser(
    user: Omit<StaffUser, 'id' | 'createdAt' | 'failedLogins' | 'lockedUntil' | 'sessionGeneration'>,
  ): Promise<StaffUser> {
    return this.inTransaction(async (db) => {
      const email = normalizeEmail(user.email);
      if ((await this.userBy(db, 'email', email)) !== null) {
        throw new AppError('conflict', 'a staff user with this email already exists', {
          field: 'email',
        });
      }
      const row = {
        id: randomUUID(),
        email,
        name: user.name,
        role: user.role,
        password_hash: user.passwordHash,
        failed_logins: 0,
        locked_until: null,
        session_generation: 0,
        created_at: now(),
      };
      await this.guard('staff user', () => db.insertInto('staff_users').values(row).execute());
      return userFromRow(row);
    });
  }

  getUser(id: string): Promise<StaffUser | null> {
    return this.userBy(this.db, 'id', id);
  }

  getUserByEmail(email: string): Promise<StaffUser | null> {
    return this.userBy(this.db, 'email', normalizeEmail(email));
  }

  async listUsers(): Promise<StaffUser[]> {
    const rows = await this.db.selectFrom('staff_users').selectAll().orderBy('email').execute();
    return rows.map(userFromRow);
  }

  updateUser(id: string, patch: Partial<Omit<StaffUser, 'id' | 'createdAt'>>): Promise<StaffUser> {
    return this.inTransaction(async (db) => {
      const set: Updateable<Database['staff_users']> = {};
      if (patch.email !== undefined) {
        const email = normalizeEmail(patch.email);
        const holder = await this.userBy(db, 'email', email);
        if (holder !== null && holder.id !== id) {
          throw new AppError('conflict', 'a staff user with this email already exists', {
            field: 'email',
          });
        }
        set.email = email;
      }
      if (patch.name !== undefined) set.name = patch.name;
      if (patch.role !== undefined) set.role = patch.role;
      if (patch.passwordHash !== undefined) set.password_hash = patch.passwordHash;
      if (patch.failedLogins !== undefined) set.failed_logins = patch.failedLogins;
      if (patch.lockedUntil !== undefined) set.locked_until = patch.lockedUntil;
      if (patch.sessionGeneration !== undefined) set.session_generation = patch.sessionGeneration;
      if (Object.keys(set).length > 0) {
        await this.guard(`staff user ${id}`, () =>
          db.updateTable('staff_users').set(set).where('id', '=', id).execute(),
        );
      }
      const user = await this.userBy(db, 'id', id);
      if (user === null) throw new AppError('not_found', `no staff user with id ${id}`);
      return user;
    });
  }

  // ---- published questions and answers ----

  async publishQa(
    qa: Omit<PublishedQa, 'id' | 'publishedAt'> & { publishedAt?: string },
  ): Promise<PublishedQa> {
    const row = {
      inquiry_id: qa.inquiryId,
      condition_id: qa.conditionId,
      question: qa.question,
      answer_json: JSON.stringify(qa.answer),
      published_at: qa.publishedAt ?? now(),
      published_by: qa.publishedBy,
    };
    const { id } = await this.guard(
      `published Q&A for inquiry ${qa.inquiryId} and condition ${qa.conditionId}`,
      () => this.db.insertInto('published_qa').values(row).returning('id').executeTakeFirstOrThrow(),
    );
    return publishedQaFromRow({ id, ...row });
  }

  async listPublishedQa(conditionId: ConditionId): Promise<PublishedQa[]> {
    const rows = await this.db
      .selectFrom('published_qa')
      .selectAll()
      .where('condition_id', '=', conditionId)
      .orderBy('published_at', 'desc')
      .orderBy('id', 'desc')
      .execute();
    return rows.map(publishedQaFromRow);
  }

  // ---- helpers ----

  private async inquiryBy(
    db: Db,
    column: 'id' | 'reference' | 'message_id',
    value: string,
  ): Promise<Inquiry | null> {
    const row = await db.selectFrom('inquiries').selectAll().where(column, '=', value).executeTakeFirst();
    return row === undefined ? null : inquiryFromRow(row);
  }

  private async userBy(db: Db, column: 'id' | 'email', value: string): Promise<StaffUser | null> {
    const row = await db.selectFrom('staff_users').selectAll().where(column, '=', value).executeTakeFirst();
    return row === undefined ? null : userFromRow(row);
  }

  /** Adds one to the named counter (creating it at 1) and returns the new value, atomically. */
  private async nextCounter(db: Db, name: string): Promise<number> {
    const row = await db
      .insertInto('counters')
      .values({ name, value: 1 })
      .onConflict((oc) => oc.column('name').doUpdateSet((eb) => ({ value: eb('counters.value', '+', 1) })))
      .returning('value')
      .executeTakeFirstOrThrow();
    return Number(row.value);
  }
}
