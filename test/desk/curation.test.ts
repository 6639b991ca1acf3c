/**
 * Knowledge-base curation: the editor's block encoding, version diff summaries, content-gap
 * grouping and the organization CSV validation (pure functions), then the routes by role.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { Article, Block } from '../../src/kb/types.js';
import {
  blockToEditor,
  citationWarnings,
  editorToBlock,
  parseArticleForm,
} from '../../src/desk/curation/editor.js';
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
