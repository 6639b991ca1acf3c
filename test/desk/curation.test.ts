/**
 * Knowledge-base curation: the editor's block encoding, version diff summaries, content-gap
 * grouping and the organization CSV validation (pure functions), then the routes by role.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { Article, Block } from '../../src/kb/types.js';
import {
  blockToEditor,
  citationWarnings,
  editorToBlock,
  parseArticleForm,
  referenceToEditor,
} from '../../src/desk/curation/editor.js';
import { RELOAD_DELAY_MS, reloadsSettled, scheduleReload } from '../../src/desk/curation/reload.js';
import type { App } from '../../src/app.js';
import { receiveInquiry } from '../../src/desk/index.js';
import { openTestConsole, type TestConsole } from './curation-console.js';
import { compareLists, summarizeChange } from '../../src/desk/curation/diff.js';
import { groupContentGaps, type DraftedInquiry } from '../../src/desk/curation/gaps.js';
import {
  normalizeWebsite,
  organizationId,
  parseOrganizationKind,
  validateOrganizationsCsv,
  type ConditionResolver,
} from '../../src/desk/curation/organizations.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const fixture = (name: string) => fs.readFileSync(path.join(here, '..', 'fixtures', 'orgs', name), 'utf8');

void describe('editor encoding of blocks', () => {
  const samples: Block[] = [
    { type: 'paragraph', text: 'Treatment is supportive [1].' },
    { type: 'heading', text: 'Surgery' },
    { type: 'list', ordered: true, items: ['Fat grafting', 'Bone grafts'] },
    {
      type: 'table',
      header: ['Sign', 'Frequency'],
      rows: [
        ['Facial asymmetry', '90%'],
        ['Seizures', '7.5%'],
      ],
    },
  ];
  for (const block of samples) {
    void it(`round-trips a ${block.type}`, () => {
      assert.deepEqual(editorToBlock(blockToEditor(block)), block);
    });
  }

  void it('reads lists one item per line, skipping blank lines', () => {
    assert.deepEqual(editorToBlock({ type: 'list', text: ' a \n\n b\r\nc ', ordered: false }), {
      type: 'list',
      ordered: false,
      items: ['a', 'b', 'c'],
    });
  });

  void it('pads short table rows to the header width', () => {
    assert.deepEqual(editorToBlock({ type: 'table', text: 'A | B | C\n1 | 2', ordered: false }), {
      type: 'table',
      header: ['A', 'B', 'C'],
      rows: [['1', '2', '']],
    });
  });

  void it('drops a block whose text is empty (that is how a block is deleted)', () => {
    assert.equal(editorToBlock({ type: 'paragraph', text: '  \n ', ordered: false }), null);
  });

  void it('parses the whole form: blocks in order, empty slots dropped, references with nulls', () => {
    const edit = parseArticleForm({
      question: ' How might X be treated? ',
      'block-0-type': 'paragraph',
      'block-0-text': 'First [1].',
      'block-1-type': 'list',
      'block-1-text': 'one\ntwo',
      'block-1-ordered': 'on',
      'block-2-type': 'paragraph',
      'block-2-text': '',
      'ref-0-title': 'A study',
      'ref-0-pmid': '12345',
      'ref-0-url': 'https://pubmed.ncbi.nlm.nih.gov/12345/',
      'ref-1-title': '',
      note: 'fixed list',
    });
    assert.equal(edit.question, 'How might X be treated?');
    assert.deepEqual(edit.blocks, [
      { type: 'paragraph', text: 'First [1].' },
      { type: 'list', ordered: true, items: ['one', 'two'] },
    ]);
    assert.equal(edit.references.length, 1);
    assert.equal(edit.references[0]?.pmid, '12345');
    assert.equal(edit.references[0]?.journal, null);
    assert.equal(edit.note, 'fixed list');
  });

  void it('rejects a reference without a title, naming the field', () => {
    assert.throws(
      () => parseArticleForm({ question: 'Q?', 'ref-0-authors': 'Smith J' }),
      (err: Error & { code?: string; details?: { field?: string } }) =>
        err.code === 'bad_input' && err.details?.field === 'ref-0-title',
    );
  });

  void it('rejects an unknown block type and a non-http URL', () => {
    assert.throws(
      () => parseArticleForm({ question: 'Q?', 'block-0-type': 'script', 'block-0-text': 'x' }),
      /unknown block type/,
    );
    assert.throws(
      () => parseArticleForm({ question: 'Q?', 'ref-0-title': 'T', 'ref-0-url': 'javascript:alert(1)' }),
      /URL/,
    );
  });

  void it('warns about citation markers past the reference list', () => {
    const blocks: Block[] = [{ type: 'paragraph', text: 'See [1] and [3].' }];
    assert.deepEqual(citationWarnings(blocks, 1), ['block 1 cites [3], but the article has 1 reference(s)']);
    assert.deepEqual(citationWarnings(blocks, 3), []);
  });
});

function article(patch: Partial<Article> = {}): Article {
  return {
    id: 'RD-1',
    conditionId: 'GARD:7338',
    questionType: 'treatment',
    sourceQuestionType: null,
    question: 'How might facial hemiatrophy be treated?',
    blocks: [
      { type: 'paragraph', text: 'A' },
      { type: 'paragraph', text: 'B' },
    ],
    hasAnswer: true,
    references: [],
    phenotypes: [],
    provenance: {
      source: 'raredesk',
      collection: 'curated',
      externalId: null,
      file: null,
      url: null,
      license: 'CC BY 4.0',
      retrievedAt: '2026-01-01',
    },
    lastUpdated: '2026-01-01',
    reviewStatus: 'draft',
    version: 1,
    ...patch,
  };
}

void describe('version diff summary', () => {
  void it('counts changed, added and removed items', () => {
    // "b" became "x" (changed), "d" is new (added): c is unchanged even though it moved.
    assert.deepEqual(
      compareLists(['a', 'b', 'c'], ['a', 'c', 'x', 'd'], (s) => s),
      { added: 1, removed: 0, changed: 1 },
    );
    assert.deepEqual(
      compareLists(['a', 'b'], [], (s) => s),
      { added: 0, removed: 2, changed: 0 },
    );
  });

  void it('summarizes question, blocks, references and review status', () => {
    const before = article();
    const after = article({
      question: 'How is facial hemiatrophy treated?',
      blocks: [
        { type: 'paragraph', text: 'A' },
        { type: 'paragraph', text: 'B2' },
        { type: 'heading', text: 'H' },
      ],
      references: [{ ...emptyRef(), title: 'New' }],
      reviewStatus: 'needs_review',
      version: 2,
      lastUpdated: '2026-02-01',
    });
    assert.equal(
      summarizeChange(before, after),
      'question changed; blocks: 1 changed, 1 added; reference: 1 added; review draft → needs_review',
    );
  });

  void it('reports no content change when only bookkeeping differs, and "created" for a new article', () => {
    assert.equal(
      summarizeChange(article(), article({ version: 5, lastUpdated: '2026-03-03' })),
      'no content change',
    );
    assert.equal(summarizeChange(null, article()), 'created');
  });
});

function emptyRef() {
  return {
    authors: null,
    title: '',
    journal: null,
    date: null,
    volume: null,
    issue: null,
    pages: null,
    pmid: null,
    url: null,
  };
}

void describe('content gaps', () => {
  const section = (
    type: DraftedInquiry['sections'][number]['type'],
    focus: string | null,
    flags: string[],
  ) => ({
    type,
    focus,
    flags: flags as DraftedInquiry['sections'][number]['flags'],
    heading: `${type} of ${focus ?? 'it'}?`,
  });

  void it('groups flagged sections by condition and type, counts inquiries, most wanted first', () => {
    const inquiries: DraftedInquiry[] = [
      // two inquiries ask about treatment of 7338 with nothing in the KB: the top gap
      {
        inquiryId: 'i1',
        receivedAt: '2026-01-01T10:00:00Z',
        sections: [section('treatment', 'GARD:7338', ['no_answer'])],
      },
      {
        inquiryId: 'i2',
        receivedAt: '2026-01-03T10:00:00Z',
        sections: [
          section('treatment', 'GARD:7338', ['partial']),
          // an answered section is no gap
          section('symptoms', 'GARD:7338', []),
          // pointer_only is not a gap flag
          section('side_effects', 'RD:aspirin', ['pointer_only']),
        ],
      },
      // same inquiry, same gap twice: counted once
      {
        inquiryId: 'i3',
        receivedAt: '2026-01-02T10:00:00Z',
        sections: [
          section('cause', 'GARD:6400', ['no_answer']),
          section('cause', 'GARD:6400', ['no_answer']),
        ],
      },
      // no recognized condition
      {
        inquiryId: 'i4',
        receivedAt: '2026-01-04T10:00:00Z',
        sections: [section('diagnosis', null, ['no_answer', 'no_focus'])],
      },
    ];
    const gaps = groupContentGaps(inquiries);
    assert.deepEqual(
      gaps.map((g) => [g.conditionId, g.type, g.count, g.noAnswer]),
      [
        ['GARD:7338', 'treatment', 2, 1],
        // equal counts and noAnswer: the most recently asked first
        [null, 'diagnosis', 1, 1],
        ['GARD:6400', 'cause', 1, 1],
      ],
    );
    assert.deepEqual(gaps[0]?.inquiryIds, ['i1', 'i2']);
    assert.equal(gaps[0]?.lastAskedAt, '2026-01-03T10:00:00Z');
  });

  void it('returns nothing when every section was answered', () => {
    assert.deepEqual(
      groupContentGaps([
        { inquiryId: 'x', receivedAt: '2026-01-01T00:00:00Z', sections: [section('cause', 'GARD:1', [])] },
      ]),
      [],
    );
  });
});

void describe('organizations: fields and CSV validation', () => {
  void it('reads kinds written with spaces, hyphens or underscores', () => {
    assert.equal(parseOrganizationKind('Patient Organization'), 'patient_organization');
    assert.equal(parseOrganizationKind('expert-center'), 'expert_center');
    assert.equal(parseOrganizationKind(''), 'other');
    assert.equal(parseOrganizationKind('club'), null);
  });

  void it('normalizes websites and refuses non-web schemes', () => {
    assert.equal(normalizeWebsite('www.example.org'), 'https://www.example.org');
    assert.equal(normalizeWebsite('http://example.org/a'), 'http://example.org/a');
    assert.equal(normalizeWebsite('ftp://example.org'), null);
    assert.equal(normalizeWebsite('not a site'), null);
  });

  void it('derives the same id from names differing in case and punctuation', () => {
    assert.equal(organizationId('Romberg Alliance'), organizationId('romberg  alliance!'));
    assert.equal(organizationId('Société Française'), 'org-societe-francaise');
  });

  // A resolver over four real GARD conditions, by id and by name.
  const known = new Map([
    ['GARD:7338', 'Facial hemiatrophy'],
    ['GARD:6233', 'Cystic fibrosis'],
    ['GARD:6400', 'Fabry disease'],
    ['GARD:6677', 'Huntington disease'],
  ]);
  const resolve: ConditionResolver = (ref) => {
    if (known.has(ref)) return Promise.resolve({ ok: true, id: ref });
    const hit = [...known].find(([, name]) => name.toLowerCase() === ref.toLowerCase());
    return Promise.resolve(hit ? { ok: true, id: hit[0] } : { ok: false, reason: `no condition "${ref}"` });
  };

  void it('accepts the good rows and rejects each bad one with its line and reason', async () => {
    const result = await validateOrganizationsCsv(fixture('organizations.csv'), resolve);
    assert.equal(result.rows, 12);
    assert.deepEqual(
      result.accepted.map((a) => [a.line, a.org.name, a.org.kind, a.org.conditionIds]),
      [
        [2, 'Romberg Alliance', 'patient_organization', ['GARD:7338']],
        [3, 'Fabry Support Network', 'patient_organization', ['GARD:6400']],
        // an id and the same condition's name: linked once
        [4, 'Cystic Fibrosis Center Example', 'expert_center', ['GARD:6233']],
      ],
    );
    assert.equal(result.accepted[0]?.org.website, 'https://www.romberg.example.org');
    const rejected = result.rejected.map((r) => [r.line, r.reason]);
    const expectReason = (line: number, pattern: RegExp) => {
      const row = rejected.find(([l]) => l === line);
      assert.ok(row, `line ${line} should be rejected`);
      assert.match(String(row[1]), pattern, `line ${line}`);
    };
    expectReason(5, /name is empty/);
    expectReason(6, /email "not-an-email"/);
    expectReason(7, /kind "club"/);
    expectReason(8, /GARD:999999999/);
    expectReason(9, /website "ftp:\/\/hd\.example\.org"/);
    expectReason(10, /duplicate of the organization on line 2/);
    expectReason(11, /cells/);
    expectReason(12, /No such disease anywhere/);
    // a quoted name spanning two lines is reported at the line it starts on
    expectReason(13, /phone "12"/);
    assert.equal(rejected.length, 9);
  });

  void it('refuses a file whose header lacks a column', async () => {
    await assert.rejects(
      validateOrganizationsCsv('name,kind\nA,other\n', resolve),
      /lacks column\(s\) email/,
    );
  });

  void it('refuses text that is not CSV', async () => {
    await assert.rejects(
      validateOrganizationsCsv(
        'name,kind,email,phone,website,country,conditions\n"unclosed,x,,,,,\n',
        resolve,
      ),
      /not readable CSV/,
    );
  });
});

void describe('background index rebuilds', () => {
  /** An app whose reload takes `ms` and counts its calls (the real one reads the whole knowledge base). */
  const countingApp = (ms: number) => {
    const calls = { started: 0, finished: 0 };
    const app = {
      reload: async () => {
        calls.started++;
        await new Promise((resolve) => setTimeout(resolve, ms));
        calls.finished++;
      },
    } as unknown as App;
    return { app, calls };
  };

  void it('shares one rebuild among changes made before it starts', async () => {
    const { app, calls } = countingApp(10);
    const waits = [scheduleReload(app), scheduleReload(app), scheduleReload(app)];
    await Promise.all(waits);
    assert.deepEqual(calls, { started: 1, finished: 1 });
  });

  void it('runs exactly one more rebuild for changes made while one runs', async () => {
    const { app, calls } = countingApp(RELOAD_DELAY_MS);
    const first = scheduleReload(app);
    // wait until the first rebuild is reading the store
    while (calls.started === 0) await new Promise((resolve) => setTimeout(resolve, 10));
    const later = [scheduleReload(app), scheduleReload(app)];
    await first;
    assert.equal(calls.finished, 1);
    await Promise.all(later);
    assert.deepEqual(calls, { started: 2, finished: 2 });
    await reloadsSettled(app);
    assert.equal(calls.started, 2);
  });
});

// ---- routes, by role, over a private copy of the real knowledge base ----

/** The example question of the project (reply-progressive-hemifacial-atrophy.txt): its condition is GARD:7338. */
const EXAMPLE =
  'I have a friend who is affected by progressive hemifacial atrophy. How is this condition treated? How can I locate doctors who are familiar with the management of this condition?';
const CONDITION = 'GARD:7338';

void describe('curation routes', { timeout: 10 * 60 * 1000 }, () => {
  let con: TestConsole;
  let treatment: Article;

  before(async () => {
    con = await openTestConsole();
    const articles = await con.store.listArticlesByCondition(CONDITION);
    const found = articles.find((a) => a.questionType === 'treatment' && a.hasAnswer);
    assert.ok(found, 'the test knowledge base has a treatment article for facial hemiatrophy');
    treatment = found;
  });
  after(async () => {
    await con?.close();
  });

  const kbGetPaths = () => [
    '/staff/kb',
    '/staff/kb?q=hemiatrophy',
    `/staff/kb/conditions/${encodeURIComponent(CONDITION)}`,
    `/staff/kb/articles/${encodeURIComponent(treatment.id)}`,
    `/staff/kb/articles/${encodeURIComponent(treatment.id)}/versions`,
    `/staff/kb/articles/new?conditionId=${encodeURIComponent(CONDITION)}&type=research`,
    '/staff/kb/stale',
    '/staff/kb/gaps',
    '/staff/kb/organizations',
    '/staff/kb/organizations/new',
  ];

  void it('lets curators and admins open every page, sends anonymous visitors to the login page, refuses specialists', async () => {
    for (const path of kbGetPaths()) {
      const anon = await con.as.anonymous.get(path);
      assert.equal(anon.status, 303, `anonymous ${path}`);
      assert.match(anon.headers.get('location') ?? '', /^\/staff\/login/, `anonymous ${path}`);
      assert.equal((await con.as.specialist.get(path)).status, 403, `specialist ${path}`);
      for (const role of ['curator', 'admin'] as const) {
        const res = await con.as[role].get(path);
        assert.equal(res.status, 200, `${role} ${path}`);
        assert.match(await res.text(), /<main id="main">/);
      }
    }
  });

  void it('refuses changes from specialists, anonymous visitors, and forms without the CSRF token', async () => {
    const posts = [
      `/staff/kb/articles/${encodeURIComponent(treatment.id)}`,
      `/staff/kb/articles/${encodeURIComponent(treatment.id)}/review`,
      `/staff/kb/articles/${encodeURIComponent(treatment.id)}/versions/1/restore`,
      '/staff/kb/articles/new',
      '/staff/kb/organizations/new',
      '/staff/kb/organizations/import',
    ];
    for (const path of posts) {
      assert.equal((await con.as.specialist.post(path, { question: 'x' })).status, 403, `specialist ${path}`);
      const anon = await con.as.anonymous.post(path, { question: 'x' });
      assert.equal(anon.status, 303, `anonymous ${path}`);
      const forged = await con.as.curator.post(path, { _csrf: 'forged', question: 'x' });
      assert.equal(forged.status, 403, `forged token ${path}`);
    }
    // nothing changed
    assert.equal((await con.store.getArticle(treatment.id))?.version, treatment.version);
  });

  const editForm = (article: Article, patch: Record<string, string>): Record<string, string> => {
    const form: Record<string, string> = { question: article.question, reviewStatus: article.reviewStatus };
    article.blocks.forEach((b, i) => {
      const e = blockToEditor(b);
      form[`block-${i}-type`] = e.type;
      form[`block-${i}-text`] = e.text;
      if (e.ordered) form[`block-${i}-ordered`] = 'on';
    });
    return { ...form, ...patch };
  };

  const MARKER = 'Autologous fat grafting restores facial volume in many adults';

  void it('saves an edit as a new version dated today, by the curator, and the drafts use it once rebuilt', async () => {
    const path = `/staff/kb/articles/${encodeURIComponent(treatment.id)}`;
    const page = await (await con.as.curator.get(path)).text();
    assert.match(page, /Save as a new version/);
    const form = editForm(treatment, {
      'block-0-text': `${MARKER} [1]. <script>alert(1)</script>`,
      'ref-0-title': 'Fat grafting in progressive hemifacial atrophy',
      'ref-0-pmid': '12345678',
      reviewStatus: 'approved',
      note: 'added fat grafting',
    });
    const res = await con.as.curator.post(path, form);
    assert.equal(res.status, 303);
    assert.match(res.headers.get('location') ?? '', /done=saved/);

    const saved = await con.store.getArticle(treatment.id);
    assert.ok(saved);
    assert.equal(saved.version, treatment.version + 1);
    assert.equal(saved.lastUpdated, new Date().toISOString().slice(0, 10));
    assert.equal(saved.reviewStatus, 'approved');
    assert.equal(saved.references[0]?.pmid, '12345678');
    const versions = await con.store.listArticleVersions(treatment.id);
    const last = versions[versions.length - 1];
    assert.equal(last?.changedBy, con.users.curator.id);
    assert.match(last?.summary ?? '', /block: 1 changed; reference: 1 added/);
    assert.match(last?.summary ?? '', /added fat grafting/);

    // the editor escapes what was typed
    const again = await (await con.as.curator.get(path)).text();
    assert.ok(again.includes('&lt;script&gt;alert(1)&lt;/script&gt;'));
    assert.ok(!again.includes('<script>alert(1)'));

    await reloadsSettled(con.app);
    const letter = con.app.render(await con.app.answer(EXAMPLE), 'text');
    assert.ok(letter.includes(MARKER), 'the reply drafted after the rebuild uses the edited text');
  });

  void it('makes no version for an edit that changes nothing', async () => {
    const current = await con.store.getArticle(treatment.id);
    assert.ok(current);
    const form = editForm(current, {});
    current.references.forEach((r, i) => {
      for (const [key, value] of Object.entries(referenceToEditor(r))) form[`ref-${i}-${key}`] = value;
    });
    const res = await con.as.curator.post(`/staff/kb/articles/${encodeURIComponent(treatment.id)}`, form);
    assert.match(res.headers.get('location') ?? '', /done=unchanged/);
    assert.equal((await con.store.getArticle(treatment.id))?.version, current.version);
  });

  void it('shows a rejected form again as typed, with the reason', async () => {
    const res = await con.as.curator.post(
      `/staff/kb/articles/${encodeURIComponent(treatment.id)}`,
      editForm(treatment, { 'block-0-text': 'Typed but not saved', 'ref-0-authors': 'Smith J' }),
    );
    assert.equal(res.status, 400);
    const page = await res.text();
    assert.match(page, /reference 1: the title is required/);
    assert.match(page, /Typed but not saved/);
    assert.match(page, /value="Smith J"/);
  });

  void it('lists versions with what changed and restores an old one as a new version', async () => {
    const before = await con.store.getArticle(treatment.id);
    assert.ok(before);
    const list = await (
      await con.as.curator.get(`/staff/kb/articles/${encodeURIComponent(treatment.id)}/versions`)
    ).text();
    assert.match(list, /block: 1 changed/);
    assert.match(list, /Restore version 1/);
    const res = await con.as.curator.post(
      `/staff/kb/articles/${encodeURIComponent(treatment.id)}/versions/1/restore`,
      {},
    );
    assert.equal(res.status, 303);
    const restored = await con.store.getArticle(treatment.id);
    assert.ok(restored);
    assert.equal(restored.version, before.version + 1);
    assert.deepEqual(restored.blocks, treatment.blocks);
    assert.deepEqual(restored.references, treatment.references);
    assert.equal(restored.question, treatment.question);
    const versions = await con.store.listArticleVersions(treatment.id);
    assert.match(versions[versions.length - 1]?.summary ?? '', /^restored version 1: /);
    assert.equal(versions[versions.length - 1]?.changedBy, con.users.curator.id);
    // restoring the current version is refused
    const again = await con.as.curator.post(
      `/staff/kb/articles/${encodeURIComponent(treatment.id)}/versions/${restored.version}/restore`,
      {},
    );
    assert.equal(again.status, 409);
  });

  void it('marks an article for review', async () => {
    const res = await con.as.admin.post(`/staff/kb/articles/${encodeURIComponent(treatment.id)}/review`, {
      reason: 'check the surgery options',
    });
    assert.equal(res.status, 303);
    const marked = await con.store.getArticle(treatment.id);
    assert.equal(marked?.reviewStatus, 'needs_review');
    const versions = await con.store.listArticleVersions(treatment.id);
    assert.equal(versions[versions.length - 1]?.changedBy, con.users.admin.id);
    assert.match(versions[versions.length - 1]?.summary ?? '', /needs_review — check the surgery options/);
  });

  void it('lists stale articles, all older than the configured age, oldest first', async () => {
    const page = await (await con.as.curator.get('/staff/kb/stale')).text();
    const cutoff = /updated before (\d{4}-\d{2}-\d{2})/.exec(page)?.[1];
    assert.ok(cutoff);
    const days = (Date.now() - Date.parse(`${cutoff}T00:00:00Z`)) / 86_400_000;
    assert.ok(Math.abs(days - con.app.config.staleAfterDays) <= 1, 'cut-off is staleAfterDays ago');
    const dates = [...page.matchAll(/<td>(\d{4}-\d{2}-\d{2})<\/td>/g)].map((m) => m[1] ?? '');
    assert.ok(dates.length > 0, 'the imported MedQuAD articles (2019) are stale');
    assert.ok(dates.every((d) => d < cutoff));
    assert.deepEqual(dates, [...dates].sort());
  });

  void it('groups content gaps from real drafts and links to writing the missing article', async () => {
    const messages = [
      EXAMPLE,
      // diet and daily life: MedQuAD has no such article for Fabry disease
      'What diet helps with Fabry disease? My brother has Fabry disease.',
      'Can facial hemiatrophy be prevented?',
    ];
    for (const message of messages) {
      await receiveInquiry(con.app, {
        channel: 'web',
        name: null,
        email: 'someone@example.org',
        subject: 'Question',
        message,
        consent: true,
      });
    }
    // what the engine flagged, read from the stored drafts
    const expected = new Set<string>();
    for (const inquiry of await con.store.listInquiries({})) {
      const reply = await con.store.getReplyForInquiry(inquiry.id);
      for (const s of reply?.draft.sections ?? []) {
        if (s.focus && s.flags.some((f) => f === 'no_answer' || f === 'partial'))
          expected.add(`${s.focus}|${s.type}`);
      }
    }
    assert.ok(expected.size > 0, 'at least one drafted section had no or only a partial answer');
    const page = await (await con.as.curator.get('/staff/kb/gaps')).text();
    for (const key of expected) {
      const [conditionId = '', type = ''] = key.split('|');
      const link = `/staff/kb/articles/new?conditionId=${encodeURIComponent(conditionId)}&amp;type=${type}`;
      assert.ok(page.includes(link), `gap ${key} links to writing the article`);
    }
    // the example question was fully answered: its own sections are no gap
    assert.ok(!page.includes(`conditionId=${encodeURIComponent(CONDITION)}&amp;type=treatment`));

    // write the first missing article through the form the link opens
    const [conditionId = '', type = ''] = [...expected][0]?.split('|') ?? [];
    const form = await (
      await con.as.curator.get(
        `/staff/kb/articles/new?conditionId=${encodeURIComponent(conditionId)}&type=${type}`,
      )
    ).text();
    const question = /id="question" name="question" value="([^"]*)"/.exec(form)?.[1] ?? '';
    assert.ok(question.length > 5, 'the new article form suggests the canonical question');
    const created = await con.as.curator.post('/staff/kb/articles/new', {
      conditionId,
      questionType: type,
      question,
      'block-0-type': 'paragraph',
      'block-0-text': 'Written at the desk for the gap.',
    });
    assert.equal(created.status, 303);
    const id = /\/staff\/kb\/articles\/(RD-\d+)/.exec(created.headers.get('location') ?? '')?.[1];
    assert.ok(id, 'redirected to the new curated article');
    const article = await con.store.getArticle(id);
    assert.equal(article?.provenance.source, 'raredesk');
    assert.equal(article?.provenance.license, 'CC BY 4.0');
    assert.equal(article?.conditionId, conditionId);
    assert.equal(article?.questionType, type);
    assert.equal((await con.store.listArticleVersions(id))[0]?.changedBy, con.users.curator.id);
    const after = await (await con.as.curator.get('/staff/kb/gaps')).text();
    assert.ok(after.includes(`/staff/kb/articles/${id}`), 'the gap now shows the article that covers it');
  });

  void it('numbers curated articles RD-1, RD-2, ... and refuses an empty one', async () => {
    const post = (text: string) =>
      con.as.curator.post('/staff/kb/articles/new', {
        conditionId: CONDITION,
        questionType: 'research',
        question: 'What research is there for facial hemiatrophy?',
        'block-0-type': 'paragraph',
        'block-0-text': text,
      });
    const ids: number[] = [];
    for (const text of ['First.', 'Second.']) {
      const res = await post(text);
      ids.push(Number(/RD-(\d+)/.exec(res.headers.get('location') ?? '')?.[1]));
    }
    assert.equal(ids[1], (ids[0] ?? 0) + 1);
    const empty = await post('');
    assert.equal(empty.status, 400);
    assert.match(await empty.text(), /at least one block/);
  });

  void it('creates, edits and links organizations, and imports a CSV with a report of rejected rows', async () => {
    const created = await con.as.curator.post('/staff/kb/organizations/new', {
      name: 'Romberg Alliance',
      kind: 'patient_organization',
      email: 'info@romberg.example.org',
      phone: '',
      website: 'www.romberg.example.org',
      country: 'United States',
      description: '',
      conditions: 'Facial hemiatrophy',
    });
    assert.equal(created.status, 303);
    const path = created.headers.get('location')?.split('?')[0] ?? '';
    const id = decodeURIComponent(path.split('/').pop() ?? '');
    let org = await con.store.getOrganization(id);
    assert.deepEqual(org?.conditionIds, [CONDITION]);
    assert.equal(org?.website, 'https://www.romberg.example.org');

    // a second organization with the same name is refused
    const twin = await con.as.curator.post('/staff/kb/organizations/new', {
      name: 'romberg alliance',
      kind: 'other',
    });
    assert.equal(twin.status, 400);
    assert.match(await twin.text(), /already exists/);

    // edit
    const edited = await con.as.curator.post(path, {
      name: 'Romberg Alliance',
      kind: 'patient_organization',
      country: 'Canada',
      conditions: CONDITION,
    });
    assert.equal(edited.status, 303);
    org = await con.store.getOrganization(id);
    assert.equal(org?.country, 'Canada');

    // search a condition by name and link it, then unlink it
    const search = await (await con.as.curator.get(`${path}?q=Fabry%20disease`)).text();
    assert.match(search, /name="ref" value="GARD:6400"/);
    await con.as.curator.post(`${path}/conditions`, { ref: 'GARD:6400' });
    assert.deepEqual((await con.store.getOrganization(id))?.conditionIds, [CONDITION, 'GARD:6400']);
    await con.as.curator.post(`${path}/conditions/remove`, { conditionId: 'GARD:6400' });
    assert.deepEqual((await con.store.getOrganization(id))?.conditionIds, [CONDITION]);
    const bad = await con.as.curator.post(`${path}/conditions`, { ref: 'No such disease anywhere' });
    assert.equal(bad.status, 400);

    // the condition page lists it
    const conditionPage = await (
      await con.as.curator.get(`/staff/kb/conditions/${encodeURIComponent(CONDITION)}`)
    ).text();
    assert.ok(conditionPage.includes('Romberg Alliance'));

    // CSV upload
    const form = new FormData();
    form.set('file', new File([fixture('organizations.csv')], 'organizations.csv', { type: 'text/csv' }));
    const report = await con.as.curator.post('/staff/kb/organizations/import', form);
    assert.equal(report.status, 200);
    const text = await report.text();
    // Romberg Alliance exists (updated), Fabry and the CF center are new; 9 rows are rejected
    assert.match(text, /Read 12 row\(s\): 3 saved \(2 new, 1 updated,\s+0 unchanged\), 9 rejected/);
    for (const line of [5, 6, 7, 8, 9, 10, 11, 12, 13]) assert.match(text, new RegExp(`<td>${line}</td>`));
    assert.ok(await con.store.getOrganization('org-fabry-support-network'));

    await reloadsSettled(con.app);
    const letter = await con.app.answer(EXAMPLE);
    assert.ok(
      letter.sections.some((s) => s.organizations.some((o) => o.name === 'Romberg Alliance')),
      'the drafted reply names the linked organization once rebuilt',
    );
  });
});
