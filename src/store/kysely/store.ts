/** The whole store over Kysely: both halves, plus transactions and closing. */
import { AppError } from '../../errors.js';
import type { Store } from '../types.js';
import type { Db } from './base.js';
import { KyselyDeskStore } from './desk.js';
import type { StoreDialect } from './dialect.js';

export class KyselyStore extends KyselyDeskStore implements Store {
  readonly dialect: 'sqlite' | 'postgres';

  /** `destroy` releases the database (closes the file or the connection pool). */
  constructor(
    db: Db,
    sqlDialect: StoreDialect,
    private readonly destroy: () => Promise<void>,
  ) {
    super(db, sqlDialect);
    this.dialect = sqlDialect.name;
  }

  transaction<T>(fn: (tx: Store) => Promise<T>): Promise<T> {
    if (this.db.isTransaction) return fn(this);
    return this.db
      .transaction()
      .execute((trx) =>
        fn(
          new KyselyStore(trx, this.sql, () =>
            Promise.reject(new AppError('internal', 'close the store, not a transaction')),
          ),
        ),
      );
  }

  close(): Promise<void> {
    return this.destroy();
  }
}
