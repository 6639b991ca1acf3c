/** The store contract on SQLite, in a temporary file (WAL, foreign keys on). */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { isAppError } from '../../src/errors.js';
import { openStore } from '../../src/store/index.js';
import { storeContract } from './contract.js';

const dir = mkdtempSync(path.join(tmpdir(), 'raredesk-store-'));
const file = path.join(dir, 'nested', 'store.sqlite');
void after(() => rmSync(dir, { recursive: true, force: true }));

void describe('SQLite store', () => {
  storeContract(() => openStore(file));

  void it('opens an in-memory database', async () => {
    const store = await openStore(':memory:');
    assert.equal(store.dialect, 'sqlite');
    assert.deepEqual(await store.listConditionIds(), []);
    await store.close();
  });

  void it('reports a file it cannot create with its path', async () => {
    const bad = path.join(dir, 'not-a-dir');
    rmSync(bad, { force: true });
    // A regular file where a folder is needed.
    await (await import('node:fs/promises')).writeFile(bad, 'x');
    await assert.rejects(openStore(path.join(bad, 'store.sqlite')), (err: unknown) => {
      assert.ok(isAppError(err));
      assert.equal(err.code, 'data_unavailable');
      assert.match(err.message, /not-a-dir/);
      return true;
    });
  });
});
