/**
 * Long, informal consumer messages written for this test (support/consumer-messages.ts: story, several
 * questions, misspellings, brand names). Aggregate floors, so a change that makes understanding of such
 * messages clearly worse fails here; `npx tsx test/understand/support/score-messages.ts --verbose`
 * lists the misses.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { buildUnderstanding } from '../../src/understand/index.js';
import type { Understanding } from '../../src/understand/index.js';
import type { Store } from '../../src/store/index.js';
import { openTestKb } from '../support/kb.js';
import { scoreMessages } from './support/score-messages.js';

let store: Store;
let u: Understanding;

before(async () => {
  store = await openTestKb();
  u = buildUnderstanding(await store.listNames());
});
after(async () => {
  await store?.close();
});

void describe('consumer messages', () => {
  void it('finds the condition or drug asked about in at least 90% of them', () => {
    assert.ok(scoreMessages(u).focus >= 0.9, JSON.stringify(scoreMessages(u)));
  });
  void it('types them with micro-F1 of at least 0.65', () => {
    assert.ok(scoreMessages(u).f1 >= 0.65, JSON.stringify(scoreMessages(u)));
  });
});
