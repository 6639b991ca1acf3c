/**
 * Migration 003: on SQLite, a covering index for the start-up listing of article headers
 * (`listArticleHeaders`). Each row of `articles` carries the whole article as JSON, so a scan of the
 * table reads every answer; this index holds only the header columns, and start-up reads it instead.
 * PostgreSQL goes without: an index entry there is limited to about 2.7 kB, which a long curated
 * question could exceed.
 */
import type { Kysely, Migration } from 'kysely';
import type { StoreDialect } from '../kysely/dialect.js';

export function articleHeaders(dialect: StoreDialect): Migration {
  return {
    async up(db: Kysely<unknown>) {
      if (dialect.name !== 'sqlite') return;
      await db.schema
        .createIndex('articles_header')
        .on('articles')
        .columns(['id', 'condition_id', 'question_type', 'question', 'has_answer', 'external_id'])
        .execute();
    },
  };
}
