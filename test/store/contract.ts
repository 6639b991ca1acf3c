/**
 * The store's contract: one suite every database must pass. `storeContract(open)` is run by
 * sqlite.test.ts and postgres.test.ts; `open` returns a new store on the same (initially empty)
 * database each time it is called.
 *
 * All tests of one run share the database, so each test uses its own ids and compares counts
 * before and after rather than absolute numbers.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { isAppError, type ErrorCode } from '../../src/errors.js';
import type { Store } from '../../src/store/index.js';
import { analysis, article, condition, hemifacialAtrophy, letter, organization } from './fixtures.js';

/** Asserts that `promise` rejects with an `AppError` of `code`. */
async function rejectsWith(promise: Promise<unknown>, code: ErrorCode): Promise<void> {
  await assert.rejects(promise, (err: unknown) => {
    assert.ok(isAppError(err), `expected an AppError, got ${String(err)}`);
    assert.equal(err.code, code, err.message);
    return true;
  });
}

let counter = 0;
/** A fresh id prefix per test, so tests sharing the database never collide. */
function uid(prefix: string): string {
  counter += 1;
  return `${prefix}${Date.now().toString(36)}${counter}`;
}

export function storeContract(open: () => Promise<Store>): void {
  let store: Store;
  void before(async () => {
    store = await open();
  });
  void after(async () => {
    await store?.close();
  });

  void describe('conditions', () => {
    void it('round-trips a condition with its names, cross-references and categories in order', async () => {
      const c = hemifacialAtrophy(uid('GARD:'));
      assert.equal(await store.upsertCondition(c), 'inserted');
      assert.deepEqual(await store.getCondition(c.id), c);
      assert.equal(await store.getCondition(uid('GARD:missing')), null);
    });

    void it('reports unchanged content as unchanged, even with a new updatedAt', async () => {
      const c = hemifacialAtrophy(uid('GARD:'));
      await store.upsertCondition(c);
      assert.equal(await store.upsertCondition({ ...c }), 'unchanged');
      assert.equal(await store.upsertCondition({ ...c, updatedAt: '2027-01-01' }), 'unchanged');
      // The stored record keeps the date of its last real change.
      assert.equal((await store.getCondition(c.id))?.updatedAt, c.updatedAt);
    });

    void it('replaces names, cross-references and categories when the condition changed', async () => {
      const c = hemifacialAtrophy(uid('GARD:'));
      await store.upsertCondition(c);
      const changed = {
        ...c,
        names: [
          c.names[0],
          { name: 'Romberg disease', source: 'curated' as const, kind: 'synonym' as const },
        ],
        xrefs: [{ db: 'ORPHA' as const, id: '1812' }],
        categories: ['Rare diseases'],
        updatedAt: '2026-02-02T00:00:00.000Z',
      };
      assert.equal(await store.upsertCondition(changed), 'updated');
      assert.deepEqual(await store.getCondition(c.id), changed);
    });

    void it('upserts a batch in one call and counts what it did', async () => {
      const ids = [uid('GARD:'), uid('GARD:'), uid('GARD:')];
      const batch = ids.map((id, i) => condition(id, `Batch condition ${i}`));
      assert.deepEqual(await store.upsertConditions(batch, 'import'), {
        inserted: 3,
        updated: 0,
        unchanged: 0,
      });
      assert.deepEqual(await store.upsertConditions(batch, 'import'), {
        inserted: 0,
        updated: 0,
        unchanged: 3,
      });
      const renamed = [...batch.slice(0, 2), { ...batch[2], definition: 'Now defined.' }];
      assert.deepEqual(await store.upsertConditions(renamed, 'import'), {
        inserted: 0,
        updated: 1,
        unchanged: 2,
      });
      assert.equal((await store.getCondition(ids[2]))?.definition, 'Now defined.');
    });

    void it('rejects a batch with a repeated id and writes nothing', async () => {
      const id = uid('GARD:');
      const other = uid('GARD:');
      await rejectsWith(
        store.upsertConditions([condition(other, 'Other'), condition(id, 'A'), condition(id, 'B')], 'import'),
        'bad_input',
      );
      assert.equal(await store.getCondition(other), null);
    });

    void it('lists every condition id, sorted', async () => {
      const a = uid('GARD:');
      await store.upsertCondition(condition(a, 'Listed condition'));
      const ids = await store.listConditionIds();
      assert.ok(ids.includes(a));
      assert.deepEqual(ids, [...ids].sort());
    });
  });

  void describe('name search and the name list', () => {
    void it('finds names case- and accent-insensitively, whole-name matches first', async () => {
      const tag = uid('zq');
      const exact = condition(uid('GARD:'), `Sjögren ${tag}`);
      const longer = condition(uid('GARD:'), `Primary Sjogren ${tag} syndrome`);
      await store.upsertConditions([longer, exact], 'test');
      const hits = await store.searchConditionNames(`SJOGREN ${tag.toUpperCase()}`, 10);
      assert.deepEqual(
        hits.map((h) => h.condition.id),
        [exact.id, longer.id],
      );
      assert.equal(hits[0].matchedName, `Sjögren ${tag}`);
      assert.deepEqual(hits[0].condition, exact);
      assert.equal((await store.searchConditionNames(`sjogren ${tag}`, 1)).length, 1);
      assert.deepEqual(await store.searchConditionNames('  ', 10), []);
    });

    void it('reports the synonym that matched, once per condition', async () => {
      const c = hemifacialAtrophy(uid('GARD:'));
      await store.upsertCondition(c);
      const hits = await store.searchConditionNames('parry romberg', 50);
      const mine = hits.filter((h) => h.condition.id === c.id);
      assert.equal(mine.length, 1);
      assert.equal(mine[0].matchedName, 'Parry-Romberg syndrome');
    });

    void it('lists every name with its condition and the count of answered articles', async () => {
      const c = hemifacialAtrophy(uid('GARD:'));
      await store.upsertCondition(c);
      await store.upsertArticles(
        [
          article(uid('GARD_'), c.id),
          article(uid('GARD_'), c.id, { questionType: 'symptoms' }),
          article(uid('ADAM_'), c.id, { hasAnswer: false, blocks: [] }),
        ],
        'import',
        'test',
      );
      const rows = (await store.listNames()).filter((r) => r.conditionId === c.id);
      assert.deepEqual(
        rows.map((r) => [r.name, r.kind, r.source]),
        c.names.map((n) => [n.name, n.kind, n.source]),
      );
      for (const r of rows) {
        assert.equal(r.preferredName, c.preferredName);
        assert.equal(r.conditionKind, 'disease');
        assert.equal(r.articleCount, 2); // the ADAM article has no answer text
      }
    });
  });

  void describe('articles', () => {
    void it('inserts a new article as version 1 with a version row holding the snapshot', async () => {
      const c = condition(uid('GARD:'), 'Article host');
      await store.upsertCondition(c);
      const a = article(uid('GARD_'), c.id, { version: 7 });
      assert.equal(await store.upsertArticle(a, 'import', 'first import'), 'inserted');
      const stored = await store.getArticle(a.id);
      assert.deepEqual(stored, { ...a, version: 1 });
      const versions = await store.listArticleVersions(a.id);
      assert.equal(versions.length, 1);
      assert.deepEqual(versions[0].snapshot, stored);
      assert.equal(versions[0].changedBy, 'import');
      assert.equal(versions[0].summary, 'first import');
      assert.equal(await store.getArticle(uid('missing')), null);
    });

    void it('leaves an unchanged article alone and versions a changed one', async () => {
      const c = condition(uid('GARD:'), 'Versioned host');
      await store.upsertCondition(c);
      const a = article(uid('GARD_'), c.id);
      await store.upsertArticle(a, 'import', 'first import');
      // `version` is not content: a different number alone changes nothing.
      assert.equal(await store.upsertArticle({ ...a, version: 5 }, 'import', 'again'), 'unchanged');
      assert.equal((await store.listArticleVersions(a.id)).length, 1);

      const edited = {
        ...a,
        blocks: [{ type: 'paragraph' as const, text: 'Rewritten by a curator.' }],
        reviewStatus: 'approved' as const,
      };
      assert.equal(await store.upsertArticle(edited, 'curator-1', 'rewrote the answer'), 'updated');
      assert.deepEqual(await store.getArticle(a.id), { ...edited, version: 2 });
      const versions = await store.listArticleVersions(a.id);
      assert.deepEqual(
        versions.map((v) => [v.version, v.changedBy, v.summary]),
        [
          [1, 'import', 'first import'],
          [2, 'curator-1', 'rewrote the answer'],
        ],
      );
      assert.deepEqual(versions[0].snapshot, { ...a, version: 1 });
      assert.deepEqual(versions[1].snapshot, { ...edited, version: 2 });
    });

    void it('keeps phenotypes as rows, replaced (not added to) when the article changes', async () => {
      const c = condition(uid('GARD:'), 'Phenotype host');
      await store.upsertCondition(c);
      const base = (await store.stats()).phenotypes;
      const a = article(uid('GARD_'), c.id, {
        questionType: 'symptoms',
        phenotypes: [
          { name: 'Facial asymmetry', frequency: '90%', frequencyValue: 0.9 },
          { name: 'Seizures', frequency: '7.5%', frequencyValue: 0.075 },
          { name: 'Uveitis', frequency: null, frequencyValue: null },
        ],
      });
      await store.upsertArticle(a, 'import', 'test');
      assert.equal((await store.stats()).phenotypes, base + 3);
      assert.deepEqual((await store.getArticle(a.id))?.phenotypes, a.phenotypes);
      await store.upsertArticle({ ...a, phenotypes: a.phenotypes.slice(0, 1) }, 'import', 'test');
      assert.equal((await store.stats()).phenotypes, base + 1);
    });

    void it('upserts a batch of articles and counts what it did', async () => {
      const c = condition(uid('GARD:'), 'Batch host');
      await store.upsertCondition(c);
      const batch = [1, 2, 3, 4].map((i) => article(uid('GARD_'), c.id, { question: `Question ${i}?` }));
      assert.deepEqual(await store.upsertArticles(batch, 'import', 'import'), {
        inserted: 4,
        updated: 0,
        unchanged: 0,
      });
      const next = [...batch.slice(0, 3), { ...batch[3], lastUpdated: '2026-03-01' }];
      next.push(article(uid('GARD_'), c.id));
      assert.deepEqual(await store.upsertArticles(next, 'import', 'import'), {
        inserted: 1,
        updated: 1,
        unchanged: 3,
      });
      assert.equal((await store.getArticle(batch[3].id))?.version, 2);
      assert.equal((await store.listArticlesByCondition(c.id)).length, 5);
    });

    void it('rejects an article whose condition does not exist, and writes nothing of the batch', async () => {
      const c = condition(uid('GARD:'), 'Real host');
      await store.upsertCondition(c);
      const good = article(uid('GARD_'), c.id);
      const orphan = article(uid('GARD_'), uid('GARD:nowhere'));
      await rejectsWith(store.upsertArticles([good, orphan], 'import', 'import'), 'bad_input');
      assert.equal(await store.getArticle(good.id), null);
      await rejectsWith(store.upsertArticle(orphan, 'import', 'import'), 'bad_input');
      await rejectsWith(store.upsertArticles([good, good], 'import', 'import'), 'bad_input');
    });

    void it('lists articles by condition and all articles', async () => {
      const c = condition(uid('GARD:'), 'Listing host');
      await store.upsertCondition(c);
      const ids = [uid('GARD_'), uid('GARD_')];
      await store.upsertArticles(
        ids.map((id) => article(id, c.id)),
        'import',
        'import',
      );
      assert.deepEqual(
        (await store.listArticlesByCondition(c.id)).map((a) => a.id),
        [...ids].sort(),
      );
      // The bulk listing gives the same articles as reading them one by one.
      const all = await store.listAllArticles();
      for (const id of ids)
        assert.deepEqual(
          all.find((a) => a.id === id),
          await store.getArticle(id),
        );
      assert.deepEqual(await store.listArticlesByCondition(uid('GARD:none')), []);
    });

    void it('lists article headers in id order, matching the whole articles', async () => {
      const c = condition(uid('GARD:'), 'Header host');
      await store.upsertCondition(c);
      const ids = [uid('GARD_'), uid('GARD_')];
      await store.upsertArticles(
        [
          article(ids[0], c.id),
          article(ids[1], c.id, { hasAnswer: false, blocks: [], questionType: 'side_effects' }),
        ],
        'import',
        'import',
      );
      const headers = await store.listArticleHeaders();
      assert.deepEqual(
        headers.map((h) => h.id),
        [...headers.map((h) => h.id)].sort(),
        'id order',
      );
      const all = await store.listAllArticles();
      assert.equal(headers.length, all.length);
      for (const id of ids) {
        const whole = all.find((a) => a.id === id)!;
        assert.deepEqual(
          headers.find((h) => h.id === id),
          {
            id,
            conditionId: c.id,
            questionType: whole.questionType,
            question: whole.question,
            hasAnswer: whole.hasAnswer,
            externalId: whole.provenance.externalId,
          },
        );
      }
      assert.equal(headers.find((h) => h.id === ids[1])?.hasAnswer, false, 'a pointer-only article');
    });

    void it('reads articles by id in the order asked, skipping unknown ids', async () => {
      const c = condition(uid('GARD:'), 'Batch host');
      await store.upsertCondition(c);
      const ids = [uid('GARD_'), uid('GARD_'), uid('GARD_')];
      await store.upsertArticles(
        ids.map((id) => article(id, c.id)),
        'import',
        'import',
      );
      const asked = [ids[2], uid('GARD_missing'), ids[0], ids[2]];
      const got = await store.getArticles(asked);
      assert.deepEqual(
        got.map((a) => a.id),
        [ids[2], ids[0], ids[2]],
      );
      assert.deepEqual(got[1], await store.getArticle(ids[0]));
      assert.deepEqual(await store.getArticles([]), []);
    });

    void it('lists stale articles oldest first, up to the limit', async () => {
      const c = condition(uid('GARD:'), 'Stale host');
      await store.upsertCondition(c);
      const [oldest, old, fresh] = [uid('GARD_'), uid('GARD_'), uid('GARD_')];
      await store.upsertArticles(
        [
          article(fresh, c.id, { lastUpdated: '2025-06-01' }),
          article(old, c.id, { lastUpdated: '1999-06-01' }),
          article(oldest, c.id, { lastUpdated: '1990-01-01' }),
        ],
        'import',
        'import',
      );
      const stale = (await store.listStaleArticles('2000-01-01', 1000)).filter((a) => a.conditionId === c.id);
      assert.deepEqual(
        stale.map((a) => a.id),
        [oldest, old],
      );
      const all = await store.listStaleArticles('2000-01-01', 1000);
      assert.deepEqual(
        all.map((a) => a.lastUpdated),
        all.map((a) => a.lastUpdated).sort(),
      );
      assert.equal((await store.listStaleArticles('2100-01-01', 2)).length, 2);
    });
  });

  void describe('organizations', () => {
    void it('round-trips an organization with the conditions it serves, and detects changes', async () => {
      const [c1, c2] = [condition(uid('GARD:'), 'Served 1'), condition(uid('GARD:'), 'Served 2')];
      await store.upsertConditions([c1, c2], 'test');
      const org = organization(uid('org-'), [c2.id, c1.id]);
      assert.equal(await store.upsertOrganization(org), 'inserted');
      assert.deepEqual(await store.getOrganization(org.id), org);
      assert.equal(await store.upsertOrganization({ ...org, updatedAt: '2030-01-01' }), 'unchanged');
      const moved = { ...org, conditionIds: [c1.id], phone: '+1 555 0100' };
      assert.equal(await store.upsertOrganization(moved), 'updated');
      assert.deepEqual(await store.getOrganization(org.id), moved);
      assert.deepEqual(
        (await store.listOrganizationsForCondition(c1.id)).map((o) => o.id),
        [org.id],
      );
      assert.deepEqual(await store.listOrganizationsForCondition(c2.id), []);
      assert.ok((await store.listOrganizations()).some((o) => o.id === org.id));
      assert.equal(await store.getOrganization(uid('org-missing')), null);
    });

    void it('rejects an organization serving an unknown condition (foreign key), writing nothing', async () => {
      const org = organization(uid('org-'), [uid('GARD:unknown')]);
      await rejectsWith(store.upsertOrganization(org), 'bad_input');
      assert.equal(await store.getOrganization(org.id), null);
    });
  });

  void describe('statistics', () => {
    void it('counts conditions, names, articles with answer text and collections', async () => {
      const before = await store.stats();
      const c = hemifacialAtrophy(uid('GARD:'));
      await store.upsertCondition(c);
      await store.upsertArticles(
        [
          article(uid('GARD_'), c.id),
          article(uid('ADAM_'), c.id, {
            hasAnswer: false,
            blocks: [],
            provenance: { ...article('x', c.id).provenance, collection: 'ADAM' },
          }),
        ],
        'import',
        'import',
      );
      const now = await store.stats();
      assert.equal(now.conditions, before.conditions + 1);
      assert.equal(now.names, before.names + c.names.length);
      assert.equal(now.articles, before.articles + 2);
      assert.equal(now.articlesWithAnswer, before.articlesWithAnswer + 1);
      const gard = before.byCollection.GARD ?? { articles: 0, withAnswer: 0 };
      assert.deepEqual(now.byCollection.GARD, {
        articles: gard.articles + 1,
        withAnswer: gard.withAnswer + 1,
      });
      const adam = before.byCollection.ADAM ?? { articles: 0, withAnswer: 0 };
      assert.deepEqual(now.byCollection.ADAM, { articles: adam.articles + 1, withAnswer: 0 });
    });
  });

  void describe('transactions', () => {
    void it('commits everything done through the transaction', async () => {
      const c = condition(uid('GARD:'), 'Committed');
      const a = article(uid('GARD_'), c.id);
      const result = await store.transaction(async (tx) => {
        await tx.upsertCondition(c);
        await tx.upsertArticle(a, 'test', 'test');
        // A nested call joins the same transaction.
        return tx.transaction((inner) => inner.getArticle(a.id));
      });
      assert.equal(result?.id, a.id);
      assert.deepEqual(await store.getCondition(c.id), c);
    });

    void it('rolls back everything when the function throws, and rethrows', async () => {
      const c = condition(uid('GARD:'), 'Rolled back');
      const a = article(uid('GARD_'), c.id);
      await assert.rejects(
        store.transaction(async (tx) => {
          await tx.upsertCondition(c);
          await tx.upsertArticle(a, 'test', 'test');
          await tx.createInquiry({
            channel: 'web',
            name: null,
            email: 'rollback@example.org',
            subject: 'x',
            message: 'y',
            consent: true,
            messageId: `<${c.id}@example.org>`,
          });
          throw new Error('boom');
        }),
        /boom/,
      );
      assert.equal(await store.getCondition(c.id), null);
      assert.equal(await store.getArticle(a.id), null);
      assert.equal(await store.getInquiryByMessageId(`<${c.id}@example.org>`), null);
    });
  });

  void describe('inquiries', () => {
    const newInquiry = (messageId: string | null = null) => ({
      channel: 'email' as const,
      name: 'Ada Example',
      email: 'ada@example.org',
      subject: 'Progressive hemifacial atrophy',
      message: 'How is this condition treated?',
      consent: true,
      messageId,
    });

    void it('creates inquiries with increasing RD-<year>-<6 digits> references and reads them back', async () => {
      const messageId = `<${uid('m')}@mail.example.org>`;
      const first = await store.createInquiry(newInquiry(messageId));
      const second = await store.createInquiry({
        ...newInquiry(),
        receivedAt: '2026-05-01T10:00:00.000Z',
      });
      assert.match(first.reference, /^RD-\d{4}-\d{6}$/);
      assert.equal(first.reference.slice(3, 7), String(new Date().getUTCFullYear()));
      assert.match(second.reference, /^RD-2026-\d{6}$/);
      if (first.reference.slice(0, 7) === 'RD-2026') {
        assert.ok(second.reference > first.reference);
      }
      assert.equal(first.status, 'new');
      assert.equal(first.assigneeId, null);
      assert.equal(first.analysis, null);
      assert.equal(first.consent, true);
      assert.deepEqual(await store.getInquiry(first.id), first);
      assert.deepEqual(await store.getInquiryByReference(first.reference), first);
      assert.deepEqual(await store.getInquiryByMessageId(messageId), first);
      assert.equal(await store.getInquiry(uid('missing')), null);
    });

    void it('gives simultaneous inquiries distinct references', async () => {
      const created = await Promise.all([1, 2, 3, 4, 5].map(() => store.createInquiry(newInquiry())));
      assert.equal(new Set(created.map((i) => i.reference)).size, 5);
    });

    void it('refuses a second inquiry with the same email Message-ID', async () => {
      const messageId = `<${uid('dup')}@mail.example.org>`;
      await store.createInquiry(newInquiry(messageId));
      await rejectsWith(store.createInquiry(newInquiry(messageId)), 'conflict');
    });

    void it('updates status and analysis, and filters by them', async () => {
      const c = hemifacialAtrophy(uid('GARD:'));
      await store.upsertCondition(c);
      const one = await store.createInquiry(newInquiry());
      const two = await store.createInquiry(newInquiry());
      const updated = await store.updateInquiry(one.id, {
        status: 'drafted',
        analysis: analysis(c.id),
      });
      assert.equal(updated.status, 'drafted');
      assert.deepEqual(updated.analysis, analysis(c.id));
      assert.deepEqual(await store.getInquiry(one.id), updated);

      const byCondition = await store.listInquiries({ conditionId: c.id });
      assert.deepEqual(
        byCondition.map((i) => i.id),
        [one.id],
      );
      const byType = await store.listInquiries({ questionType: 'treatment', status: 'drafted' });
      assert.ok(byType.some((i) => i.id === one.id));
      assert.ok(!byType.some((i) => i.id === two.id));
      const fresh = await store.listInquiries({ status: 'new' });
      assert.ok(fresh.some((i) => i.id === two.id));
      assert.ok(!fresh.some((i) => i.id === one.id));

      // Clearing the analysis clears the filters too.
      await store.updateInquiry(one.id, { analysis: null });
      assert.deepEqual(await store.listInquiries({ conditionId: c.id }), []);
      await rejectsWith(store.updateInquiry(uid('missing'), { status: 'closed' }), 'not_found');
    });

    void it('lists oldest first, with limit and offset', async () => {
      const all = await store.listInquiries({});
      assert.deepEqual(
        all.map((i) => i.receivedAt),
        all.map((i) => i.receivedAt).sort(),
      );
      const page = await store.listInquiries({ limit: 2, offset: 1 });
      assert.deepEqual(
        page.map((i) => i.id),
        all.slice(1, 3).map((i) => i.id),
      );
      assert.deepEqual(
        (await store.listInquiries({ offset: 1 })).map((i) => i.id),
        all.slice(1).map((i) => i.id),
      );
    });

    void it('lets one specialist claim an inquiry; another gets a conflict unless forcing', async () => {
      const ana = await store.createUser({
        email: `${uid('ana')}@desk.example.org`,
        name: 'Ana',
        role: 'specialist',
        passwordHash: 'x',
      });
      const ben = await store.createUser({
        email: `${uid('ben')}@desk.example.org`,
        name: 'Ben',
        role: 'specialist',
        passwordHash: 'x',
      });
      const inquiry = await store.createInquiry(newInquiry());
      assert.equal((await store.claimInquiry(inquiry.id, ana.id, false)).assigneeId, ana.id);
      // Claiming again what one already holds is fine.
      assert.equal((await store.claimInquiry(inquiry.id, ana.id, false)).assigneeId, ana.id);
      await rejectsWith(store.claimInquiry(inquiry.id, ben.id, false), 'conflict');
      assert.equal((await store.getInquiry(inquiry.id))?.assigneeId, ana.id);
      assert.equal((await store.claimInquiry(inquiry.id, ben.id, true)).assigneeId, ben.id);
      assert.deepEqual(
        (await store.listInquiries({ assigneeId: ben.id })).map((i) => i.id),
        [inquiry.id],
      );
      await rejectsWith(store.claimInquiry(uid('missing'), ana.id, false), 'not_found');
      // The assignee must be a staff user (foreign key).
      const other = await store.createInquiry(newInquiry());
      await rejectsWith(store.claimInquiry(other.id, uid('nobody'), false), 'bad_input');
    });

    void it('of two simultaneous claims, exactly one wins', async () => {
      const users = await Promise.all(
        ['x', 'y'].map((n) =>
          store.createUser({
            email: `${uid(n)}@desk.example.org`,
            name: n,
            role: 'specialist',
            passwordHash: 'x',
          }),
        ),
      );
      const inquiry = await store.createInquiry(newInquiry());
      const outcomes = await Promise.allSettled(
        users.map((u) => store.claimInquiry(inquiry.id, u.id, false)),
      );
      assert.equal(outcomes.filter((o) => o.status === 'fulfilled').length, 1);
    });
  });

  void describe('replies', () => {
    async function inquiryWithCondition() {
      const c = hemifacialAtrophy(uid('GARD:'));
      await store.upsertCondition(c);
      const inquiry = await store.createInquiry({
        channel: 'web',
        name: null,
        email: 'reader@example.org',
        subject: 'Treatment',
        message: 'How is this condition treated?',
        consent: true,
      });
      return { c, inquiry };
    }

    void it('saves, replaces and reads back the one reply of an inquiry', async () => {
      const { c, inquiry } = await inquiryWithCondition();
      const draft = {
        inquiryId: inquiry.id,
        draft: letter(c.id),
        edited: null,
        status: 'draft' as const,
        sentAt: null,
        sentBy: null,
        lastError: null,
        editedBeforeSend: false,
      };
      const saved = await store.saveReply(draft);
      assert.deepEqual(await store.getReplyForInquiry(inquiry.id), saved);
      const again = await store.saveReply({ ...draft, edited: letter(c.id, 'Kind regards,') });
      assert.equal(again.id, saved.id);
      assert.deepEqual((await store.getReplyForInquiry(inquiry.id))?.edited, letter(c.id, 'Kind regards,'));
      assert.equal(await store.getReplyForInquiry(uid('missing')), null);
      await rejectsWith(store.saveReply({ ...draft, inquiryId: uid('missing') }), 'not_found');
      await rejectsWith(store.saveReply({ ...draft, id: uid('other-reply') }), 'conflict');
    });

    void it('marks a reply sent exactly once, and then refuses to change it', async () => {
      const { c, inquiry } = await inquiryWithCondition();
      const reply = await store.saveReply({
        inquiryId: inquiry.id,
        draft: letter(c.id),
        edited: letter(c.id, 'Kind regards,'),
        status: 'queued',
        sentAt: null,
        sentBy: null,
        lastError: 'mail server busy',
        editedBeforeSend: false,
      });
      const at = '2026-03-04T05:06:07.000Z';
      const results = await Promise.all([
        store.markReplySent(reply.id, 'specialist-1', at),
        store.markReplySent(reply.id, 'specialist-2', at),
      ]);
      assert.deepEqual([...results].sort(), [false, true]);
      assert.equal(await store.markReplySent(reply.id, 'specialist-1', at), false);
      const sent = await store.getReplyForInquiry(inquiry.id);
      assert.equal(sent?.status, 'sent');
      assert.equal(sent?.sentAt, at);
      assert.equal(sent?.lastError, null);
      assert.equal(sent?.editedBeforeSend, true); // the closing was edited
      await rejectsWith(store.saveReply({ ...reply, status: 'draft' }), 'conflict');
      await rejectsWith(store.markReplySent(uid('missing'), 'x', at), 'not_found');
    });

    void it('records an unedited reply as sent as drafted', async () => {
      const { c, inquiry } = await inquiryWithCondition();
      const reply = await store.saveReply({
        inquiryId: inquiry.id,
        draft: letter(c.id),
        edited: letter(c.id),
        status: 'queued',
        sentAt: null,
        sentBy: null,
        lastError: null,
        editedBeforeSend: false,
      });
      assert.equal(await store.markReplySent(reply.id, 'specialist-1', '2026-03-04'), true);
      assert.equal((await store.getReplyForInquiry(inquiry.id))?.editedBeforeSend, false);
    });
  });

  void describe('audit events', () => {
    void it('keeps events per inquiry in the order they happened', async () => {
      const inquiry = await store.createInquiry({
        channel: 'api',
        name: null,
        email: 'audit@example.org',
        subject: 's',
        message: 'm',
        consent: false,
      });
      await store.addAudit({ inquiryId: inquiry.id, actor: 'public', action: 'received', detail: null });
      await store.addAudit({
        inquiryId: inquiry.id,
        actor: 'system',
        action: 'drafted',
        detail: '2 sections',
        at: '2026-01-01T00:00:01.000Z',
      });
      await store.addAudit({ inquiryId: null, actor: 'system', action: 'startup', detail: null });
      const events = await store.listAudit(inquiry.id);
      assert.deepEqual(
        events.map((e) => [e.actor, e.action, e.detail]),
        [
          ['public', 'received', null],
          ['system', 'drafted', '2 sections'],
        ],
      );
      assert.equal(events[1].at, '2026-01-01T00:00:01.000Z');
      assert.ok(events[0].id < events[1].id);
      await rejectsWith(
        store.addAudit({ inquiryId: uid('missing'), actor: 'x', action: 'y', detail: null }),
        'bad_input',
      );
    });
  });

  void describe('staff users', () => {
    void it('creates, finds (email case-insensitively), updates and lists users', async () => {
      const email = `${uid('Cara')}@Desk.Example.org`;
      const user = await store.createUser({
        email,
        name: 'Cara',
        role: 'curator',
        passwordHash: 'scrypt$abc',
      });
      assert.equal(user.email, email.toLowerCase());
      assert.equal(user.failedLogins, 0);
      assert.equal(user.lockedUntil, null);
      assert.equal(user.sessionGeneration, 0);
      assert.deepEqual(await store.getUser(user.id), user);
      assert.deepEqual(await store.getUserByEmail(email.toUpperCase()), user);
      await rejectsWith(
        store.createUser({ email, name: 'Other', role: 'admin', passwordHash: 'y' }),
        'conflict',
      );

      const locked = await store.updateUser(user.id, {
        failedLogins: 5,
        lockedUntil: '2026-01-01T00:15:00.000Z',
        sessionGeneration: 1,
        role: 'admin',
      });
      assert.deepEqual(locked, {
        ...user,
        failedLogins: 5,
        lockedUntil: '2026-01-01T00:15:00.000Z',
        sessionGeneration: 1,
        role: 'admin',
      });
      assert.deepEqual(await store.getUser(user.id), locked);
      assert.ok((await store.listUsers()).some((u) => u.id === user.id));
      await rejectsWith(store.updateUser(uid('missing'), { name: 'x' }), 'not_found');

      const other = await store.createUser({
        email: `${uid('dan')}@desk.example.org`,
        name: 'Dan',
        role: 'specialist',
        passwordHash: 'z',
      });
      await rejectsWith(store.updateUser(other.id, { email }), 'conflict');
      assert.equal(await store.getUserByEmail(uid('nobody')), null);
    });
  });

  void describe('published questions and answers', () => {
    void it('publishes Q&A for a condition and lists them newest first', async () => {
      const c = hemifacialAtrophy(uid('GARD:'));
      await store.upsertCondition(c);
      const inquiry = await store.createInquiry({
        channel: 'web',
        name: null,
        email: 'pub@example.org',
        subject: 's',
        message: 'm',
        consent: true,
      });
      const answer = { blocks: article('x', c.id).blocks, references: article('x', c.id).references };
      const older = await store.publishQa({
        inquiryId: inquiry.id,
        conditionId: c.id,
        question: 'How is progressive hemifacial atrophy treated?',
        answer,
        publishedAt: '2026-01-01T00:00:00.000Z',
        publishedBy: 'curator-1',
      });
      const newer = await store.publishQa({
        inquiryId: inquiry.id,
        conditionId: c.id,
        question: 'Is it inherited?',
        answer,
        publishedBy: 'curator-1',
      });
      assert.deepEqual(await store.listPublishedQa(c.id), [newer, older]);
      assert.deepEqual(older.answer, answer);
      await rejectsWith(
        store.publishQa({
          inquiryId: inquiry.id,
          conditionId: uid('GARD:unknown'),
          question: 'q',
          answer,
          publishedBy: 'x',
        }),
        'bad_input',
      );
    });
  });

  void describe('opening again', () => {
    void it('keeps the data and finds the schema already migrated', async () => {
      const c = hemifacialAtrophy(uid('GARD:'));
      await store.upsertCondition(c);
      const second = await open();
      try {
        assert.deepEqual(await second.getCondition(c.id), c);
        assert.equal(second.dialect, store.dialect);
      } finally {
        await second.close();
      }
    });
  });
}
