/**
 * What the shared Kysely implementation needs to know about a database. Each store folder
 * (src/store/sqlite, src/store/postgres) provides one of these next to its Kysely dialect.
 */
import type { ColumnDefinitionBuilder } from 'kysely';

/** A constraint violation the store translates into an `AppError('conflict' | 'bad_input')`. */
export type ConstraintViolation = 'unique' | 'foreign_key';

export interface StoreDialect {
  readonly name: 'sqlite' | 'postgres';
  /** Turns an `integer` column into an auto-numbered primary key (SQLite `AUTOINCREMENT`, PostgreSQL identity). */
  autoIncrementId(column: ColumnDefinitionBuilder): ColumnDefinitionBuilder;
  /** The placeholder for the `n`-th (1-based) bound parameter in hand-written SQL: `?` or `$n`. */
  placeholder(n: number): string;
  /** Most bound parameters one statement may carry (bulk inserts are cut into chunks below it). */
  readonly maxParameters: number;
  /** Recognizes the driver's error for a unique or foreign-key violation; null for anything else. */
  constraintViolation(err: unknown): ConstraintViolation | null;
  /**
   * An aggregate that packs rows into one JSON array of arrays, `[[v1, v2, ...], ...]`, in `orderBy`
   * order (`json_group_array(json_array(...))` or `json_agg(json_build_array(...))`). The start-up
   * listings use it: one value of 50k rows is read several times faster than 50k rows of values.
   */
  rowsAsJson(columns: readonly string[], orderBy: string): string;
}
