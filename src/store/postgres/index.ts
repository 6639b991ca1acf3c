/**
 * The store on PostgreSQL (node-postgres pool). What differs from the shared implementation lives
 * here: the connection check, the identity id column, the parameter limit and the SQLSTATE codes
 * of constraint violations. Schema selection: add `?options=-c%20search_path%3D<schema>` to the URL.
 */
import pg from 'pg';
import { Kysely, PostgresDialect } from 'kysely';
import { AppError } from '../../errors.js';
import { openKyselyStore, type Database, type StoreDialect } from '../kysely/index.js';
import type { Store } from '../types.js';

export const postgresDialect: StoreDialect = {
  name: 'postgres',
  autoIncrementId: (column) => column.primaryKey().generatedByDefaultAsIdentity(),
  placeholder: (n) => `$${n}`,
  // The wire protocol counts parameters in 16 bits.
  maxParameters: 65535,
  rowsAsJson: (columns, orderBy) => `json_agg(json_build_array(${columns.join(', ')}) order by ${orderBy})`,
  constraintViolation(err) {
    const code = (err as { code?: unknown } | null)?.code;
    if (code === '23503') return 'foreign_key';
    if (code === '23505') return 'unique';
    return null;
  },
};

/** The URL without its password, for messages. */
function redact(url: string): string {
  try {
    const u = new URL(url);
    if (u.password !== '') u.password = '***';
    return u.toString();
  } catch {
    return 'postgres://…';
  }
}

/** Connects to the PostgreSQL database at `url` and migrates it to the latest schema. */
export async function openPostgresStore(url: string): Promise<Store> {
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  let schema: string;
  try {
    const client = await pool.connect();
    try {
      const result = await client.query<{ schema: string | null }>('SELECT current_schema() AS schema');
      schema = result.rows[0]?.schema ?? 'public';
    } finally {
      client.release();
    }
  } catch (err) {
    await pool.end();
    const reason = err instanceof Error ? err.message : String(err);
    throw new AppError(
      'data_unavailable',
      `cannot connect to PostgreSQL at ${redact(url)}: ${reason}`,
      undefined,
      { cause: err },
    );
  }
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return openKyselyStore(db, postgresDialect, schema);
}
