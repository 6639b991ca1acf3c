/**
 * Article bodies on demand: read from a real (in-memory SQLite) store, kept in a bounded cache that
 * drops the least recently used article first.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { ArticleBodies } from '../../src/retrieve/index.js';
import { openStore, type Store } from '../../src/store/index.js';
import { article, condition } from '../store/fixtures.js';

let store: Store;
/** Every id the cache asked the store for, in order. */
const reads: string[] = [];
const reader = async (ids: readonly string[]) => {
  reads.push(...ids);
  return store.getArticles(ids);
};

before(async () => {
  store = await openStore(':memory:');
  await store.upsertCondition(condition('GARD:1', 'Cache host'));
  await store.upsertArticles(
    ['A_1', 'A_2', 'A_3'].map((id) => article(id, 'GARD:1')),
    'import',
    'import',
  );
});
after(() => store.close());

void test('reads only what it does not hold, and drops the least recently used beyond its capacity', async () => {
  reads.length = 0;
  const bodies = new ArticleBodies(reader, 2);
  const first = await bodies.get(['A_1', 'A_2']);
  assert.deepEqual([...first.keys()].sort(), ['A_1', 'A_2']);
  assert.equal(first.get('A_1')?.question, (await store.getArticle('A_1'))?.question, 'the whole article');
  await bodies.get(['A_1']); // held: no read, and A_1 is now the most recently used
  assert.deepEqual(reads, ['A_1', 'A_2']);
  await bodies.get(['A_3']); // over capacity: A_2, the least recently used, goes
  assert.equal(bodies.size, 2);
  await bodies.get(['A_1', 'A_2']);
  assert.deepEqual(reads, ['A_1', 'A_2', 'A_3', 'A_2']);
});

void test('ids the store does not hold are missing from the result, and are asked again next time', async () => {
  reads.length = 0;
  const bodies = new ArticleBodies(reader);
  const got = await bodies.get(['A_1', 'NOPE']);
  assert.deepEqual([...got.keys()], ['A_1']);
  assert.equal(await bodies.one('NOPE'), undefined);
  assert.deepEqual(reads, ['A_1', 'NOPE', 'NOPE']);
});
