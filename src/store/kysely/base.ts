/**
 * What every part of the shared implementation builds on: the Kysely handle (the database, or a
 * transaction), the dialect's traits, and helpers for transactions, errors and bulk inserts.
 */
import { CompiledQuery, type Insertable, type Kysely } from 'kysely';
import { AppError } from '../../errors.js';
import type { StoreDialect } from './dialect.js';
import type { Database } from './schema.js';
import { chunk } from './text.js';

export type Db = Kysely<Database>;

/** Rows per bulk INSERT statement at most, whatever the parameter limit allows. */
const MAX_ROWS_PER_INSERT = 500;

export abstract class StoreBase {
  constructor(
    protected readonly db: Db,
    protected readonly sql: StoreDialect,
  ) {}

  /** Runs `fn` in a transaction (joins the current one when this store is bound to a transaction). */
  protected inTransaction<T>(fn: (db: Db) => Promise<T>): Promise<T> {
    return this.db.isTransaction ? fn(this.db) : this.db.transaction().execute(fn);
  }

  /**
   * Runs a write and translates constraint violations into `AppError`s that name `what` was written:
   * a unique violation becomes `conflict`, a foreign-key violation `bad_input`.
   */
  protected async guard<T>(what: string, write: () => Promise<T>): Promise<T> {
    try {
      return await write();
    } catch (err) {
      const violation = this.sql.constraintViolation(err);
      if (violation === 'unique') {
        throw new AppError('conflict', `${what}: already exists (duplicate key)`, undefined, {
          cause: err,
        });
      }
      if (violation === 'foreign_key') {
        throw new AppError('bad_input', `${what}: refers to a record that does not exist`, undefined, {
          cause: err,
        });
      }
      throw err;
    }
  }

  /**
   * Inserts `rows` into `table` with as few multi-row INSERT statements as the dialect's parameter
   * limit allows. With `upsert`, a row whose `id` exists replaces the stored one
   * (`ON CONFLICT (id) DO UPDATE`). The SQL is written directly rather than built by Kysely:
   * for tens of thousands of rows, building the query tree costs more than running it.
   */
  protected async insertMany<T extends keyof Database>(
    db: Db,
    table: T,
    rows: ReadonlyArray<Insertable<Database[T]>>,
    options: { upsert?: boolean } = {},
  ): Promise<void> {
    if (rows.length === 0) return;
    const columns = Object.keys(rows[0]);
    const quote = (name: string) => `"${name}"`;
    const head = `insert into ${quote(table)} (${columns.map(quote).join(', ')}) values `;
    const tail = options.upsert
      ? ` on conflict ("id") do update set ${columns
          .filter((c) => c !== 'id')
          .map((c) => `${quote(c)} = excluded.${quote(c)}`)
          .join(', ')}`
      : '';
    const perStatement = Math.max(
      1,
      Math.min(MAX_ROWS_PER_INSERT, Math.floor(this.sql.maxParameters / columns.length)),
    );
    for (const part of chunk(rows, perStatement)) {
      const parameters: unknown[] = [];
      const tuples: string[] = [];
      for (const row of part) {
        const values = row as Record<string, unknown>;
        const placeholders = columns.map((c) => {
          parameters.push(values[c] ?? null);
          return this.sql.placeholder(parameters.length);
        });
        tuples.push(`(${placeholders.join(', ')})`);
      }
      await db.executeQuery(CompiledQuery.raw(head + tuples.join(', ') + tail, parameters));
    }
  }

  /**
   * The rows of `select columns from ... order by orderBy` as arrays of values, read as one JSON value
   * (see `StoreDialect.rowsAsJson`). `from` and the columns are SQL written in this folder, never input.
   */
  protected async jsonRows<T extends unknown[]>(
    columns: readonly string[],
    from: string,
    orderBy: string,
  ): Promise<T[]> {
    const query = `select ${this.sql.rowsAsJson(columns, orderBy)} as packed ${from}`;
    const result = await this.db.executeQuery<{ packed: unknown }>(CompiledQuery.raw(query));
    const packed = result.rows[0]?.packed;
    if (packed === null || packed === undefined) return []; // PostgreSQL's json_agg of no rows
    return (typeof packed === 'string' ? JSON.parse(packed) : packed) as T[];
  }

  /** Largest `IN (...)` list one statement may carry. */
  protected get maxInList(): number {
    return Math.min(10_000, this.sql.maxParameters - 10);
  }
}
