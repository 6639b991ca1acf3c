/**
 * The reply letter over the real knowledge base: the acceptance example, partial and pointer-only
 * sections, find-a-doctor guidance, citations renumbered across the letter, and the four renderings.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, test } from 'node:test';
import type { App } from '../../src/app.js';
import { PROJECT_ROOT } from '../../src/config.js';
import type { ReplyLetter } from '../../src/compose/index.js';
import { openTestApp } from '../support/app.js';

let app: App;
before(async () => {
  app = await openTestApp({
    centerName: 'Test Rare Disease Center',
    signature: 'Jo Example, Information Specialist',
  });
});
after(async () => {
  await app.close();
});

/** The example inquiry shipped with the shared data: subject line, then the message. */
function exampleInquiry(): { subject: string; message: string } {
  const file = path.resolve(
    PROJECT_ROOT,
    '..',
    'shared',
    'examples',
    'reply-progressive-hemifacial-atrophy.txt',
  );
  const lines = fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  const message = lines.find((l) => l.startsWith('I have a friend'));
  assert.ok(message, "the example holds the person's message");
  return { subject: 'Progressive hemifacial atrophy', message };
}

function citedNumbers(letter: ReplyLetter): number[] {
  const text = JSON.stringify(letter.sections.map((s) => s.blocks));
  return [...text.matchAll(/\[(\d+)\]/g)].map((m) => Number(m[1]));
}

void test('acceptance: the progressive hemifacial atrophy inquiry', async () => {
  const { subject, message } = exampleInquiry();
  const letter = await app.answer(message, { subject });
  assert.equal(letter.title, 'Progressive hemifacial atrophy');
  assert.equal(letter.question, message);
  assert.deepEqual(
    letter.sections.map((s) => s.type),
    ['treatment', 'find_specialist'],
  );
  const [treatment, doctors] = letter.sections;
  // GARD kept only the heading of its treatment answer; the knowledge base's text about the
  // condition's treatment (NINDS's Parry-Romberg page, merged into the same condition) is cited
  // instead, dated; never an answer about something else.
  assert.ok(treatment.articleIds.length > 0);
  for (const id of treatment.articleIds) {
    assert.equal((await app.article(id))?.conditionId, treatment.focus);
  }
  assert.ok(!treatment.flags.includes('no_answer'));
  assert.match(JSON.stringify(treatment.blocks), /surg/i, 'the cited text speaks of surgical treatment');
  assert.ok(treatment.lastUpdated);
  // Find-a-doctor: the general guidance names real directories.
  const guidance = JSON.stringify(doctors.blocks);
  for (const name of [
    'NSGC',
    'Orphanet',
    'European Reference Networks',
    'ClinicalTrials.gov',
    'NORD',
    'Global Genes',
    'EURORDIS',
  ]) {
    assert.ok(guidance.includes(name), `find-a-doctor guidance names ${name}`);
  }
  assert.ok(!doctors.flags.includes('no_answer'));
  // Citations: every marker points into the letter's list; the list credits MedQuAD.
  const cited = citedNumbers(letter);
  assert.ok(cited.length > 0);
  for (const n of cited) assert.ok(n >= 1 && n <= letter.references.length, `[${n}] is in the list`);
  assert.ok(letter.references.some((r) => r.license === 'MedQuAD, CC BY 4.0' && r.url));
  assert.equal(letter.centerName, 'Test Rare Disease Center');
  assert.equal(letter.signature, 'Jo Example, Information Specialist');
  assert.match(letter.closing, /doctor/);
});

void test('partial: no treatment article, so sentences from the overview are quoted, cited, and flagged', async () => {
  // MedlinePlus's "Blood Clots" topic has an overview that mentions treatments but no treatment section.
  const letter = await app.answer('How are blood clots treated?');
  const [section] = letter.sections;
  assert.equal(section.type, 'treatment');
  assert.ok(section.flags.includes('partial'), `flags: ${section.flags.join(',')}`);
  assert.ok(section.articleIds.length > 0);
  const text = JSON.stringify(section.blocks);
  assert.match(text, /treat/i);
  assert.match(text, /\[\d+\]/, 'quoted sentences carry a citation');
  assert.equal(letter.needsReview, true);
});

void test("association: sentences of one condition's articles that name the other are quoted, cited, and flagged", async () => {
  // MedQuAD has no articles on how two conditions relate; lupus's articles say how often it affects the kidneys.
  const letter = await app.answer('Can lupus cause kidney disease?');
  const [section] = letter.sections;
  assert.equal(section.type, 'association');
  assert.ok(section.flags.includes('partial'), `flags: ${section.flags.join(',')}`);
  const text = JSON.stringify(section.blocks);
  assert.match(text, /kidney/i, 'the quoted sentence names the other condition');
  assert.match(text, /\[\d+\]/, 'quoted sentences carry a citation');
});

void test('pointer only: an answer whose text is not in the knowledge base points to its source page', async () => {
  // GARD's treatment answer for epidermolysis bullosa acquisita kept only its heading in MedQuAD.
  const letter = await app.answer('How is acquired epidermolysis bullosa treated?');
  const [section] = letter.sections;
  assert.ok(section.flags.includes('pointer_only'), `flags: ${section.flags.join(',')}`);
  const pointed = await app.article(section.articleIds[0]);
  assert.ok(pointed?.provenance.url);
  assert.ok(JSON.stringify(section.blocks).includes(pointed.provenance.url), 'the source page is linked');
});

void test('citations are renumbered across the letter: two sections never reuse a number for different sources', async () => {
  const letter = await app.answer('What causes Marfan syndrome? How is Marfan syndrome treated?');
  assert.ok(letter.sections.length >= 2);
  const numbers = letter.references.map((r) => r.n);
  assert.deepEqual(
    numbers,
    numbers.map((_, i) => i + 1),
  );
  const urls = letter.references.map((r) => `${r.pmid ?? ''}${r.url ?? ''}${r.title}`);
  assert.equal(new Set(urls).size, urls.length, 'each source listed once');
});

void test('renderers: HTML escapes the message, text numbers the references, JSON round-trips', async () => {
  const letter = await app.answer('<script>alert("x")</script> How is Marfan syndrome treated?');
  const html = app.render(letter, 'html');
  assert.ok(!html.includes('<script>'), 'no script element');
  assert.ok(html.includes('&lt;script&gt;'), 'the message is shown escaped');
  const text = app.render(letter, 'text');
  assert.match(text, /^References$/m);
  assert.match(text, /^ {2}1\. /m);
  assert.match(text, /Last updated: \d{4}-\d{2}-\d{2}/);
  const md = app.render(letter, 'markdown');
  assert.match(md, /^# /m);
  assert.match(md, /^## References$/m);
  const json = JSON.parse(app.render(letter, 'json')) as ReplyLetter;
  assert.equal(json.sections.length, letter.sections.length);
  assert.ok(json.sections[0].candidates[0].reasons, 'candidates keep their reasons');
});

void test("a research question links the condition's ClinicalTrials.gov search", async () => {
  const letter = await app.answer('Are there any clinical trials for Marfan syndrome?');
  const research = letter.sections.find((s) => s.type === 'research');
  assert.ok(research, `types: ${letter.sections.map((s) => s.type).join(',')}`);
  assert.match(JSON.stringify(research.blocks), /https:\/\/clinicaltrials\.gov\/search\?cond=Marfan/);
});

void test('a condition the knowledge base does not hold is named, the section keeps the words asked, and a specialist is flagged', async () => {
  // No condition of the knowledge base has "hand foot and mouth disease" among its names or synonyms:
  // nothing may be made up for it.
  const letter = await app.answer('My nephew has hand foot and mouth disease. How long does it last?');
  assert.deepEqual(
    letter.analysis.unrecognized?.map((n) => n.text),
    ['hand foot and mouth disease'],
  );
  const [section] = letter.sections;
  assert.equal(section.heading, 'How long does it last?');
  assert.deepEqual(section.articleIds, []);
  assert.ok(section.flags.includes('no_focus') && section.flags.includes('no_answer'));
  assert.match(JSON.stringify(section.blocks), /no information on “hand foot and mouth disease”/);
  assert.ok(letter.needsReview);
});

void test('a medicine the knowledge base does not hold is named in its section, which answers about the condition and is flagged', async () => {
  // "nusinersen" is no name of the knowledge base: the section says so before any answer about the
  // condition, and a specialist checks it.
  const letter = await app.answer(
    'My son has spinal muscular atrophy. The neurologist wants to start nusinersen. Is nusinersen safe for a 2 year old?',
  );
  assert.deepEqual(
    [...new Set(letter.analysis.unrecognized?.map((n) => `${n.text} ${n.medicine}`))],
    ['nusinersen true'],
  );
  const section = letter.sections.find((s) => s.askedText.includes('nusinersen'));
  assert.ok(section, JSON.stringify(letter.sections.map((s) => s.askedText)));
  assert.ok(section.flags.includes('unknown_medicine'));
  assert.match(JSON.stringify(section.blocks[0]), /no information on the medicine “nusinersen”/);
  assert.ok(letter.needsReview);
});
