/**
 * Migration 001: the knowledge base (conditions and their names, cross-references and categories;
 * articles, their phenotype rows and version history; organizations).
 */
import type { Kysely, Migration } from 'kysely';

export const knowledgeBase: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('conditions')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('preferred_name', 'text', (c) => c.notNull())
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('definition', 'text')
      .addColumn('content_hash', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .addColumn('updated_by', 'text', (c) => c.notNull())
      .execute();

    await db.schema
      .createTable('condition_names')
      .addColumn('condition_id', 'text', (c) => c.notNull().references('conditions.id').onDelete('cascade'))
      .addColumn('position', 'integer', (c) => c.notNull())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('normalized', 'text', (c) => c.notNull())
      .addColumn('source', 'text', (c) => c.notNull())
      .addColumn('kind', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('condition_names_pk', ['condition_id', 'position'])
      .execute();
    await db.schema
      .createIndex('condition_names_normalized')
      .on('condition_names')
      .column('normalized')
      .execute();

    await db.schema
      .createTable('xrefs')
      .addColumn('condition_id', 'text', (c) => c.notNull().references('conditions.id').onDelete('cascade'))
      .addColumn('position', 'integer', (c) => c.notNull())
      .addColumn('db', 'text', (c) => c.notNull())
      .addColumn('external_id', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('xrefs_pk', ['condition_id', 'position'])
      .execute();
    await db.schema.createIndex('xrefs_lookup').on('xrefs').columns(['db', 'external_id']).execute();

    await db.schema
      .createTable('categories')
      .addColumn('condition_id', 'text', (c) => c.notNull().references('conditions.id').onDelete('cascade'))
      .addColumn('position', 'integer', (c) => c.notNull())
      .addColumn('name', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('categories_pk', ['condition_id', 'position'])
      .execute();
    await db.schema.createIndex('categories_name').on('categories').column('name').execute();

    await db.schema
      .createTable('articles')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('condition_id', 'text', (c) => c.notNull().references('conditions.id'))
      .addColumn('question_type', 'text', (c) => c.notNull())
      .addColumn('source_question_type', 'text')
      .addColumn('question', 'text', (c) => c.notNull())
      .addColumn('has_answer', 'integer', (c) => c.notNull())
      .addColumn('source', 'text', (c) => c.notNull())
      .addColumn('collection', 'text', (c) => c.notNull())
      .addColumn('external_id', 'text')
      .addColumn('file', 'text')
      .addColumn('url', 'text')
      .addColumn('license', 'text', (c) => c.notNull())
      .addColumn('retrieved_at', 'text', (c) => c.notNull())
      .addColumn('last_updated', 'text', (c) => c.notNull())
      .addColumn('review_status', 'text', (c) => c.notNull())
      .addColumn('version', 'integer', (c) => c.notNull())
      .addColumn('content_hash', 'text', (c) => c.notNull())
      .addColumn('content_json', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('articles_condition')
      .on('articles')
      .columns(['condition_id', 'has_answer'])
      .execute();
    await db.schema.createIndex('articles_last_updated').on('articles').column('last_updated').execute();
    await db.schema.createIndex('articles_external_id').on('articles').column('external_id').execute();
    await db.schema.createIndex('articles_collection').on('articles').column('collection').execute();

    await db.schema
      .createTable('phenotypes')
      .addColumn('article_id', 'text', (c) => c.notNull().references('articles.id').onDelete('cascade'))
      .addColumn('position', 'integer', (c) => c.notNull())
      .addColumn('condition_id', 'text', (c) => c.notNull().references('conditions.id'))
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('frequency', 'text')
      .addColumn('frequency_value', 'double precision')
      .addPrimaryKeyConstraint('phenotypes_pk', ['article_id', 'position'])
      .execute();
    await db.schema.createIndex('phenotypes_name').on('phenotypes').column('name').execute();
    await db.schema.createIndex('phenotypes_condition').on('phenotypes').column('condition_id').execute();

    await db.schema
      .createTable('article_versions')
      .addColumn('article_id', 'text', (c) => c.notNull().references('articles.id').onDelete('cascade'))
      .addColumn('version', 'integer', (c) => c.notNull())
      .addColumn('changed_by', 'text', (c) => c.notNull())
      .addColumn('changed_at', 'text', (c) => c.notNull())
      .addColumn('summary', 'text', (c) => c.notNull())
      .addColumn('snapshot_json', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('article_versions_pk', ['article_id', 'version'])
      .execute();

    await db.schema
      .createTable('organizations')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('email', 'text')
      .addColumn('phone', 'text')
      .addColumn('website', 'text')
      .addColumn('country', 'text')
      .addColumn('description', 'text')
      .addColumn('content_hash', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();

    await db.schema
      .createTable('organization_conditions')
      .addColumn('organization_id', 'text', (c) =>
        c.notNull().references('organizations.id').onDelete('cascade'),
      )
      .addColumn('condition_id', 'text', (c) => c.notNull().references('conditions.id').onDelete('cascade'))
      .addColumn('position', 'integer', (c) => c.notNull())
      .addPrimaryKeyConstraint('organization_conditions_pk', ['organization_id', 'condition_id'])
      .execute();
    await db.schema
      .createIndex('organization_conditions_condition')
      .on('organization_conditions')
      .column('condition_id')
      .execute();
  },

  async down(db: Kysely<unknown>) {
    for (const table of [
      'organization_conditions',
      'organizations',
      'article_versions',
      'phenotypes',
      'articles',
      'categories',
      'xrefs',
      'condition_names',
      'conditions',
    ]) {
      await db.schema.dropTable(table).execute();
    }
  },
};
