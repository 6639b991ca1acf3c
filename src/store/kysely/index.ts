/**
 * The shared implementation of the store over Kysely. A database-specific folder
 * (src/store/sqlite, src/store/postgres) makes a `Kysely<Database>` and a `StoreDialect`
 * and hands both to `openKyselyStore`.
 */
import type { Kysely } from 'kysely';
import { migrateToLatest } from '../migrations/index.js';
import type { Store } from '../types.js';
import type { StoreDialect } from './dialect.js';
import type { Database } from './schema.js';
import { KyselyStore } from './store.js';

export type { StoreDialect, ConstraintViolation } from './dialect.js';
export type { Database } from './schema.js';
export { normalizeName } from './text.js';
export { formatReference } from './desk.js';

/**
 * Brings the schema up to date and returns the store; on failure the database is released.
 * `schema`: where the migrations' bookkeeping tables live, for databases with schemas.
 */
export async function openKyselyStore(
  db: Kysely<Database>,
  dialect: StoreDialect,
  schema?: string,
): Promise<Store> {
  try {
    await migrateToLatest(db, dialect, schema);
  } catch (err) {
    await db.destroy();
    throw err;
  }
  return new KyselyStore(db, dialect, () => db.destroy());
}
