/**
 * The schema's migrations, in order. To change the schema, add a file `00N_<what>.ts` exporting a
 * Kysely `Migration` and list it here; never edit a migration that has shipped.
 */
import { Migrator, type Kysely, type Migration, type MigrationProvider } from 'kysely';
import { AppError } from '../../errors.js';
import type { StoreDialect } from '../kysely/dialect.js';
import type { Database } from '../kysely/schema.js';
import { knowledgeBase } from './001_knowledge_base.js';
import { desk } from './002_desk.js';
import { articleHeaders } from './003_article_headers.js';

function migrations(dialect: StoreDialect): Record<string, Migration> {
  return {
    '001_knowledge_base': knowledgeBase,
    '002_desk': desk(dialect),
    '003_article_headers': articleHeaders(dialect),
  };
}

/**
 * Brings the database's schema to the latest migration; throws `internal` naming the migration that
 * failed. `schema` names where Kysely keeps its bookkeeping tables (PostgreSQL: the current schema,
 * so that stores in different schemas of one database do not see each other's).
 */
export async function migrateToLatest(
  db: Kysely<Database>,
  dialect: StoreDialect,
  schema?: string,
): Promise<void> {
  const provider: MigrationProvider = { getMigrations: () => Promise.resolve(migrations(dialect)) };
  const migrator = new Migrator({ db, provider, migrationTableSchema: schema });
  const { error, results } = await migrator.migrateToLatest();
  if (error !== undefined) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
    const message = error instanceof Error ? error.message : JSON.stringify(error);
    throw new AppError('internal', `database migration ${failed} failed: ${message}`, undefined, {
      cause: error,
    });
  }
}
