/** Letter edits on small hand-made letters: text round trip, swaps renumber citations, references, organizations. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { LetterSection, ReplyLetter } from '../../src/compose/types.js';
import type { Article, Block, Organization, Reference } from '../../src/kb/types.js';
import {
  addOrganization,
  addReference,
  blocksToText,
  differsFromDraft,
  editSectionText,
  swapArticle,
  textToBlocks,
} from '../../src/desk/letter-edit.js';

function ref(title: string, url: string | null = null): Reference {
  return {
    authors: null,
    title,
    journal: null,
    date: null,
    volume: null,
    issue: null,
    pages: null,
    pmid: null,
    url,
  };
}

function section(
  type: LetterSection['type'],
  blocks: Block[],
  flags: LetterSection['flags'] = [],
): LetterSection {
  return {
    type,
    focus: 'GARD:1',
    heading: `About ${type}`,
    askedText: 'asked',
    blocks,
    organizations: [],
    articleIds: ['A1'],
    candidates: [],
    flags,
    lastUpdated: '2018-02-05',
  };
}

function letter(): ReplyLetter {
  return {
    title: 'Condition',
    centerName: 'Desk',
    question: 'q',
    sections: [
      section('treatment', [{ type: 'paragraph', text: 'Treatment text.[1]' }]),
      section('find_specialist', [], ['no_answer']),
    ],
    closing: 'c',
    signature: 's',
    disclaimer: 'd',
    references: [
      { ...ref('Existing paper', 'https://example.org/1'), n: 1, collection: 'GARD', license: 'CC BY 4.0' },
    ],
    analysis: { foci: [], subquestions: [], background: [] },
    needsReview: true,
    generatedAt: '2026-01-01T00:00:00Z',
  };
}

void describe('blocks as editable text', () => {
  void it('round-trips paragraphs, headings, both list kinds and tables', () => {
    const blocks: Block[] = [
      { type: 'heading', text: 'Options' },
      { type: 'paragraph', text: 'First paragraph.[1]' },
      { type: 'list', ordered: false, items: ['Silicone implants', 'Fat grafts'] },
      { type: 'list', ordered: true, items: ['Wait', 'Operate'] },
      { type: 'table', header: ['Sign', 'Frequency'], rows: [['Atrophy', '90%']] },
    ];
    assert.deepEqual(textToBlocks(blocksToText(blocks)), blocks);
  });

  void it('joins the lines of a paragraph and ignores extra blank lines', () => {
    assert.deepEqual(textToBlocks('one\ntwo\n\n\n\nthree'), [
      { type: 'paragraph', text: 'one two' },
      { type: 'paragraph', text: 'three' },
    ]);
  });
});

void describe('letter edits', () => {
  void it('editing a section replaces its blocks and clears the "no answer" flag', () => {
    const edited = editSectionText(letter(), 1, 'Ask the Romberg’s Connection.[1]');
    assert.deepEqual(edited.sections[1].blocks, [
      { type: 'paragraph', text: 'Ask the Romberg’s Connection.[1]' },
    ]);
    assert.deepEqual(edited.sections[1].flags, []);
    assert.equal(edited.needsReview, false);
  });

  void it('rejects a citation of a reference the letter does not have, and empty text', () => {
    assert.throws(() => editSectionText(letter(), 0, 'Text.[7]'), /no reference 7/);
    assert.throws(() => editSectionText(letter(), 0, '  \n '), /empty/);
    assert.throws(() => editSectionText(letter(), 5, 'x'), /no section 6/);
  });

  void it('swapping in an article renumbers its citations into the letter’s list, reusing equal references', () => {
    const article = {
      id: 'A9',
      hasAnswer: true,
      blocks: [{ type: 'paragraph', text: 'New text [1] and [2].' }],
      // [1] is new, [2] is the letter's existing reference 1 (same URL)
      references: [ref('A new paper'), ref('Existing paper (other title)', 'https://example.org/1')],
      provenance: { collection: 'GHR', license: 'CC BY 4.0', url: 'https://example.org/page' },
      lastUpdated: '2020-01-01',
    } as unknown as Article;
    const out = swapArticle(letter(), 1, article);
    assert.deepEqual(out.sections[1].blocks, [{ type: 'paragraph', text: 'New text [2] and [1].' }]);
    assert.equal(out.references.length, 2);
    assert.equal(out.references[1].title, 'A new paper');
    assert.equal(out.references[1].collection, 'GHR');
    assert.deepEqual(out.sections[1].articleIds, ['A9', 'A1']);
    assert.deepEqual(out.sections[1].flags, []);
    assert.equal(out.sections[1].lastUpdated, '2020-01-01');
  });

  void it('swapping in an article without answer text points to its source page', () => {
    const article = {
      id: 'ADAM_1',
      hasAnswer: false,
      blocks: [],
      references: [],
      provenance: { collection: 'ADAM', license: 'see source', url: 'https://example.org/adam' },
      lastUpdated: '2017-01-01',
    } as unknown as Article;
    const out = swapArticle(letter(), 0, article);
    assert.match(blocksToText(out.sections[0].blocks), /https:\/\/example\.org\/adam/);
    assert.deepEqual(out.sections[0].flags, ['pointer_only']);
  });

  void it('adding a reference numbers it next and cites it at the end of the section', () => {
    const out = addReference(letter(), 0, ref('Aydin H. Parry-Romberg syndrome', 'https://example.org/2'));
    assert.equal(out.references.length, 2);
    assert.equal(out.references[1].n, 2);
    assert.deepEqual(out.sections[0].blocks, [{ type: 'paragraph', text: 'Treatment text.[1][2]' }]);
    // the same reference again is not duplicated
    assert.equal(addReference(out, 0, ref('Other title', 'https://example.org/2')).references.length, 2);
    assert.throws(() => addReference(letter(), 0, ref('  ')), /title/);
  });

  void it('adding an organization adds it once', () => {
    const org = { id: 'org-1', name: 'The Romberg’s Connection' } as Organization;
    const once = addOrganization(letter(), 1, org);
    assert.deepEqual(
      once.sections[1].organizations.map((o) => o.id),
      ['org-1'],
    );
    assert.equal(addOrganization(once, 1, org), once);
  });

  void it('tells an edited letter from the draft', () => {
    const draft = letter();
    assert.equal(differsFromDraft(draft, structuredClone(draft)), false);
    assert.equal(differsFromDraft(draft, editSectionText(draft, 0, 'Changed.')), true);
  });

  void it('does not change the letter it was given', () => {
    const draft = letter();
    const copy = structuredClone(draft);
    editSectionText(draft, 0, 'Changed.');
    addReference(draft, 0, ref('X'));
    assert.deepEqual(draft, copy);
  });
});
