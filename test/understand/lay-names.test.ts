/**
 * Lay names (lay-names.ts) join the condition the knowledge base files under the given name, and
 * are skipped when it has no such condition.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { NameRow } from '../../src/store/types.js';
import { BRAND_NAMES, brandNameRows } from '../../src/understand/brand-names.js';
import { LAY_NAMES, layNameRows } from '../../src/understand/lay-names.js';
import { openTestKb } from '../support/kb.js';

function row(conditionId: string, name: string, extra: Partial<NameRow> = {}): NameRow {
  return {
    conditionId,
    name,
    source: 'medquad-focus',
    kind: 'preferred',
    conditionKind: 'disease',
    preferredName: name,
    articleCount: 1,
    ...extra,
  };
}

void test('a lay name becomes a curated synonym of the condition with that name', () => {
  const rows = layNameRows([row('UMLS:1', 'Osteoporosis'), row('UMLS:2', 'Something else')]);
  const thinning = rows.filter((r) => r.name === 'bone thinning');
  assert.equal(thinning.length, 1);
  assert.equal(thinning[0].conditionId, 'UMLS:1');
  assert.equal(thinning[0].kind, 'synonym');
  assert.equal(thinning[0].source, 'curated');
  assert.equal(thinning[0].preferredName, 'Osteoporosis');
  // nothing for conditions the knowledge base does not hold
  assert.ok(rows.every((r) => r.conditionId === 'UMLS:1'));
});

void test('when two conditions have the name, the one with more articles gets the lay name', () => {
  // "Uterine Cancer" is the name of two MedQuAD records; the one with more content is the better answer
  const rows = layNameRows([
    row('UMLS:A', 'Uterine cancer', { articleCount: 2 }),
    row('UMLS:B', 'Uterine Cancer', { articleCount: 9, kind: 'synonym' }),
  ]);
  assert.deepEqual(
    rows.map((r) => [r.name, r.conditionId]),
    [['womb cancer', 'UMLS:B']],
  );
});

void test('every lay name and brand name joins a condition of the real knowledge base', async () => {
  // A pair is skipped silently when its knowledge-base name is not written exactly as the knowledge base
  // writes it ("cri-du-chat syndrome" for "Cri du chat syndrome"): this catches such a pair.
  const store = await openTestKb();
  const names = await store.listNames();
  await store.close();
  const lay = new Set(layNameRows(names).map((r) => r.name));
  assert.deepEqual(
    LAY_NAMES.filter(([name]) => !lay.has(name)),
    [],
  );
  const brands = new Set(brandNameRows(names).map((r) => r.name));
  assert.deepEqual(
    BRAND_NAMES.filter(([name]) => !brands.has(name)),
    [],
  );
});
