/**
 * The store contract on PostgreSQL, at postgres://postgres@127.0.0.1:5432/test (override with
 * RAREDESK_TEST_PG), in a fresh schema `rd_test_<random>` dropped at the end. PostgreSQL must be
 * running (CI starts it): if it is not reachable this test fails, it does not skip.
 */
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, describe, it } from 'node:test';
import pg from 'pg';
import { isAppError } from '../../src/errors.js';
import { openStore } from '../../src/store/index.js';
import { storeContract } from './contract.js';

const SERVER = process.env.RAREDESK_TEST_PG ?? 'postgres://postgres@127.0.0.1:5432/test';
const schema = `rd_test_${randomBytes(6).toString('hex')}`;
/** The server's URL with `search_path` set to `name`. */
const inSchema = (name: string) =>
  `${SERVER}${SERVER.includes('?') ? '&' : '?'}options=${encodeURIComponent(`-c search_path=${name}`)}`;
const url = inSchema(schema);

/** Connects to `connectionString`, naming the server in the error when it cannot. */
async function connect(connectionString: string): Promise<pg.Client> {
  const client = new pg.Client({ connectionString });
  try {
    await client.connect();
    return client;
  } catch (err) {
    await client.end().catch(() => undefined);
    throw err;
  }
}

/** Runs `fn` with a client of the test server, creating the test database first if it is missing. */
async function admin<T>(fn: (client: pg.Client) => Promise<T>): Promise<T> {
  let client: pg.Client;
  try {
    client = await connect(SERVER);
  } catch (err) {
    if ((err as { code?: string }).code !== '3D000') throw unreachable(err); // 3D000: no such database
    const server = new URL(SERVER);
    const database = server.pathname.slice(1);
    server.pathname = '/postgres';
    const setup = await connect(server.toString()).catch((e: unknown) => {
      throw unreachable(e);
    });
    await setup.query(`CREATE DATABASE "${database}"`).finally(() => setup.end());
    client = await connect(SERVER);
  }
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

function unreachable(err: unknown): Error {
  const reason = err instanceof Error ? err.message : String(err);
  return new Error(
    `PostgreSQL is not reachable at ${SERVER} (${reason}). Start it (e.g. pg_ctlcluster 15 main start, as .ci/run does) or point RAREDESK_TEST_PG at a server.`,
  );
}

// At load time, so that an unreachable server fails this file (counted as a failure, with the message).
await admin((c) => c.query(`CREATE SCHEMA ${schema}`));

void describe('PostgreSQL store', () => {
  void after(async () => {
    await admin((c) => c.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`));
  });

  storeContract(() => openStore(url));

  void it('puts the tables in the schema named by the URL', async () => {
    const tables = await admin((c) =>
      c.query<{ table_name: string }>(
        'SELECT table_name FROM information_schema.tables WHERE table_schema = $1',
        [schema],
      ),
    );
    const names = tables.rows.map((r) => r.table_name);
    for (const t of ['conditions', 'articles', 'inquiries', 'published_qa']) {
      assert.ok(names.includes(t), `${t} in ${schema}`);
    }
  });

  void it('keeps stores in two schemas of one database apart', async () => {
    const other = `${schema}_b`;
    await admin((c) => c.query(`CREATE SCHEMA ${other}`));
    try {
      const store = await openStore(inSchema(other));
      try {
        // The first schema already holds conditions from the contract suite; this one starts empty.
        assert.deepEqual(await store.listConditionIds(), []);
      } finally {
        await store.close();
      }
    } finally {
      await admin((c) => c.query(`DROP SCHEMA ${other} CASCADE`));
    }
  });

  void it('reports an unreachable server as data_unavailable without the password', async () => {
    await assert.rejects(openStore('postgres://someone:secret@127.0.0.1:1/none'), (err: unknown) => {
      assert.ok(isAppError(err));
      assert.equal(err.code, 'data_unavailable');
      assert.match(err.message, /127\.0\.0\.1:1/);
      assert.doesNotMatch(err.message, /secret/);
      return true;
    });
  });
});
