/**
 * The store's public door. `openStore` picks the database from the connection string:
 * a `postgres://` (or `postgresql://`) URL opens PostgreSQL, anything else is an SQLite file
 * path (or `:memory:`). Both run the migrations to the latest schema on open.
 */
import { openPostgresStore } from './postgres/index.js';
import { openSqliteStore } from './sqlite/index.js';
import type { Store } from './types.js';

export type * from './types.js';
export { normalizeName, formatReference } from './kysely/index.js';

/** True when `database` names a PostgreSQL server rather than an SQLite file. */
export function isPostgresUrl(database: string): boolean {
  return /^postgres(ql)?:\/\//i.test(database);
}

/** Opens the store at `database` (SQLite path, `:memory:`, or `postgres://` URL), migrated to the latest schema. */
export function openStore(database: string): Promise<Store> {
  return isPostgresUrl(database) ? openPostgresStore(database) : openSqliteStore(database);
}
