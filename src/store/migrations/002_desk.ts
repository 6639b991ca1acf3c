/**
 * Migration 002: the desk (staff users with their lockout state, inquiries, replies, audit events,
 * published questions and answers, and the counters behind inquiry reference numbers).
 */
import type { Kysely, Migration } from 'kysely';
import type { StoreDialect } from '../kysely/dialect.js';

export function desk(dialect: StoreDialect): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('staff_users')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('email', 'text', (c) => c.notNull().unique())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('role', 'text', (c) => c.notNull())
        .addColumn('password_hash', 'text', (c) => c.notNull())
        .addColumn('failed_logins', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('locked_until', 'text')
        .addColumn('session_generation', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();

      await db.schema
        .createTable('inquiries')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('reference', 'text', (c) => c.notNull().unique())
        .addColumn('channel', 'text', (c) => c.notNull())
        .addColumn('received_at', 'text', (c) => c.notNull())
        .addColumn('name', 'text')
        .addColumn('email', 'text', (c) => c.notNull())
        .addColumn('subject', 'text', (c) => c.notNull())
        .addColumn('message', 'text', (c) => c.notNull())
        .addColumn('consent', 'integer', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('assignee_id', 'text', (c) => c.references('staff_users.id').onDelete('set null'))
        .addColumn('analysis_json', 'text')
        .addColumn('message_id', 'text', (c) => c.unique())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('inquiries_status')
        .on('inquiries')
        .columns(['status', 'received_at'])
        .execute();
      await db.schema.createIndex('inquiries_received').on('inquiries').column('received_at').execute();
      await db.schema.createIndex('inquiries_assignee').on('inquiries').column('assignee_id').execute();

      await db.schema
        .createTable('inquiry_conditions')
        .addColumn('inquiry_id', 'text', (c) => c.notNull().references('inquiries.id').onDelete('cascade'))
        .addColumn('condition_id', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('inquiry_conditions_pk', ['inquiry_id', 'condition_id'])
        .execute();
      await db.schema
        .createIndex('inquiry_conditions_condition')
        .on('inquiry_conditions')
        .column('condition_id')
        .execute();

      await db.schema
        .createTable('inquiry_question_types')
        .addColumn('inquiry_id', 'text', (c) => c.notNull().references('inquiries.id').onDelete('cascade'))
        .addColumn('question_type', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('inquiry_question_types_pk', ['inquiry_id', 'question_type'])
        .execute();
      await db.schema
        .createIndex('inquiry_question_types_type')
        .on('inquiry_question_types')
        .column('question_type')
        .execute();

      await db.schema
        .createTable('replies')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('inquiry_id', 'text', (c) =>
          c.notNull().unique().references('inquiries.id').onDelete('cascade'),
        )
        .addColumn('draft_json', 'text', (c) => c.notNull())
        .addColumn('edited_json', 'text')
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('sent_at', 'text')
        .addColumn('sent_by', 'text')
        .addColumn('last_error', 'text')
        .addColumn('edited_before_send', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute();

      await db.schema
        .createTable('audit_events')
        .addColumn('id', 'integer', (c) => dialect.autoIncrementId(c))
        .addColumn('inquiry_id', 'text', (c) => c.references('inquiries.id').onDelete('cascade'))
        .addColumn('at', 'text', (c) => c.notNull())
        .addColumn('actor', 'text', (c) => c.notNull())
        .addColumn('action', 'text', (c) => c.notNull())
        .addColumn('detail', 'text')
        .execute();
      await db.schema
        .createIndex('audit_events_inquiry')
        .on('audit_events')
        .columns(['inquiry_id', 'id'])
        .execute();

      await db.schema
        .createTable('published_qa')
        .addColumn('id', 'integer', (c) => dialect.autoIncrementId(c))
        .addColumn('inquiry_id', 'text', (c) => c.notNull().references('inquiries.id'))
        .addColumn('condition_id', 'text', (c) => c.notNull().references('conditions.id'))
        .addColumn('question', 'text', (c) => c.notNull())
        .addColumn('answer_json', 'text', (c) => c.notNull())
        .addColumn('published_at', 'text', (c) => c.notNull())
        .addColumn('published_by', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('published_qa_condition')
        .on('published_qa')
        .columns(['condition_id', 'published_at'])
        .execute();

      await db.schema
        .createTable('counters')
        .addColumn('name', 'text', (c) => c.primaryKey())
        .addColumn('value', 'integer', (c) => c.notNull())
        .execute();
    },

    async down(db: Kysely<unknown>) {
      for (const table of [
        'counters',
        'published_qa',
        'audit_events',
        'replies',
        'inquiry_question_types',
        'inquiry_conditions',
        'inquiries',
        'staff_users',
      ]) {
        await db.schema.dropTable(table).execute();
      }
    },
  };
}
