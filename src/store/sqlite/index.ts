/**
 * The store on SQLite (better-sqlite3): one file, or `:memory:`. What differs from the shared
 * implementation lives here: the pragmas (WAL journal, foreign keys on), the auto-numbered id
 * column, the parameter limit and how the driver reports constraint violations.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import { AppError } from '../../errors.js';
import { openKyselyStore, type Database, type StoreDialect } from '../kysely/index.js';
import type { Store } from '../types.js';

export const sqliteDialect: StoreDialect = {
  name: 'sqlite',
  autoIncrementId: (column) => column.primaryKey().autoIncrement(),
  placeholder: () => '?',
  // SQLITE_MAX_VARIABLE_NUMBER of the SQLite that better-sqlite3 bundles.
  maxParameters: 32766,
  rowsAsJson: (columns, orderBy) => `json_group_array(json_array(${columns.join(', ')}) order by ${orderBy})`,
  constraintViolation(err) {
    const code = (err as { code?: unknown } | null)?.code;
    if (code === 'SQLITE_CONSTRAINT_FOREIGNKEY') return 'foreign_key';
    if (code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY') {
      return 'unique';
    }
    return null;
  },
};

/** Opens (creating if needed) the SQLite database at `file` and migrates it to the latest schema. */
export async function openSqliteStore(file: string): Promise<Store> {
  let sqlite: SqliteDatabase.Database;
  try {
    if (file !== ':memory:') mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
    sqlite = new SqliteDatabase(file);
    if (file !== ':memory:') sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('synchronous = NORMAL');
    sqlite.pragma('foreign_keys = ON');
    sqlite.pragma('busy_timeout = 5000');
    // 64 MiB of page cache (the default is 2 MiB): bulk imports touch many index pages.
    sqlite.pragma('cache_size = -65536');
  } catch (err) {
    const reason = err instanceof Error ? err.message : String(err);
    throw new AppError('data_unavailable', `cannot open SQLite database ${file}: ${reason}`, undefined, {
      cause: err,
    });
  }
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) });
  return openKyselyStore(db, sqliteDialect);
}
