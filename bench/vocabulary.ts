/**
 * Name coverage: which of 500 words people use to name what their health question is about (everyday and
 * medical names of conditions, medicines and supplements by brand and generic name, foods, substances,
 * tests, procedures and devices, with some common misspellings) the understanding finds as a focus, by
 * category. The list (bench/fixtures/everyday-health-words.tsv: word, tab, category in LiveQA's focus
 * categories) was written from general knowledge, apart from every test set, to find names the dictionary
 * misses.
 *
 *   npx tsx bench/vocabulary.ts [--misses]
 *
 * Then names in a sentence: 200 abbreviations (bench/fixtures/abbreviations.tsv: abbreviation, the condition it
 * stands for there, a sentence using it; 44 with several meanings, the sentence telling which) and 200 everyday
 * phrases for conditions and medicines (bench/fixtures/lay-phrases.tsv: phrase, medical name, sentence), written
 * the same way: the share of sentences with a focus that is, or shares a name with, a condition the medical
 * name finds. These two lists were used to find the abbreviations and phrases added in lay-names.ts, so they
 * measure coverage, not a held-out score.
 *
 * Then misspellings: of 300 misspelled names of conditions and medicines (bench/fixtures/misspellings.tsv:
 * misspelling, correct name, category; typos, spellings by ear, joined or split words, written the same way),
 * the share for which "I have a question about MISSPELLING." finds a condition that the correct name finds
 * (names whose correct spelling finds nothing are left out and counted).
 *
 * A word counts as found when "I have a question about WORD." and "Is WORD bad for you?" both give a focus.
 * Names come from the test knowledge base (imported first if missing). A word the knowledge base has nothing
 * on (most foods; supplements such as melatonin) cannot be found: the misses say what the knowledge base
 * lacks as much as what the matching lacks.
 */
import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../src/config.js';
import { buildUnderstanding } from '../src/understand/index.js';
import { openTestKb } from '../test/support/kb.js';
import { namesByCondition, sharesName } from '../test/support/names.js';

const file = path.join(PROJECT_ROOT, 'bench', 'fixtures', 'everyday-health-words.tsv');
const rows = fs
  .readFileSync(file, 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((line) => line.split('\t') as [string, string]);
// The names are read once: the understanding is built from them, and the sentences below are scored with them.
const store = await openTestKb();
const names = await store.listNames();
await store.close();
const u = buildUnderstanding(names);
const namesOf = namesByCondition(names);
const byCategory = new Map<string, { found: number; words: number }>();
const misses: string[] = [];
for (const [word, category] of rows) {
  const found =
    u.analyze(`I have a question about ${word}.`).foci.length > 0 &&
    u.analyze(`Is ${word} bad for you?`).foci.length > 0;
  let c = byCategory.get(category);
  if (!c) byCategory.set(category, (c = { found: 0, words: 0 }));
  c.words++;
  if (found) c.found++;
  else misses.push(`${category}\t${word}`);
}
const lines = ['| category | words | found | share |', '|---|---:|---:|---:|'];
for (const [category, c] of byCategory)
  lines.push(`| ${category} | ${c.words} | ${c.found} | ${(c.found / c.words).toFixed(3)} |`);
process.stdout.write(`${lines.join('\n')}\n`);
if (process.argv.includes('--misses')) process.stdout.write(`\nnot found:\n${misses.join('\n')}\n`);

// Names in a sentence: right when a focus is a condition the medical name finds, or shares a name with one.
const inSentences = (name: string) => {
  const lines = fs
    .readFileSync(path.join(PROJECT_ROOT, 'bench', 'fixtures', name), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => line.split('\t') as [string, string, string]);
  let found = 0;
  let known = 0;
  const missed: string[] = [];
  for (const [words, meant, sentence] of lines) {
    const want = u.analyze(`I have a question about ${meant}.`).foci.map((f) => f.conditionId);
    if (want.length === 0) continue;
    known++;
    const wanted = new Set(want.flatMap((id) => [...(namesOf.get(id) ?? [])]));
    const hit = u
      .analyze(sentence)
      .foci.some((f) => want.includes(f.conditionId) || sharesName(namesOf, f.conditionId, wanted));
    if (hit) found++;
    else missed.push(`${words}\t(${meant})\t${sentence}`);
  }
  return { lines: lines.length, known, found, missed };
};
const sentenceTable = [
  '| list | lines | medical name found | found in the sentence | share |',
  '|---|---:|---:|---:|---:|',
];
for (const name of ['abbreviations.tsv', 'lay-phrases.tsv']) {
  const r = inSentences(name);
  sentenceTable.push(
    `| ${name} | ${r.lines} | ${r.known} | ${r.found} | ${(r.found / Math.max(1, r.known)).toFixed(3)} |`,
  );
  if (process.argv.includes('--misses')) sentenceTable.push('', `not found (${name}):`, ...r.missed, '');
}
process.stdout.write(`\n${sentenceTable.join('\n')}\n`);

const misspelled = fs
  .readFileSync(path.join(PROJECT_ROOT, 'bench', 'fixtures', 'misspellings.tsv'), 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((line) => line.split('\t') as [string, string, string]);
const spelled = new Map<string, { found: number; names: number; unknown: number }>();
const missed: string[] = [];
for (const [wrong, right, category] of misspelled) {
  let c = spelled.get(category);
  if (!c) spelled.set(category, (c = { found: 0, names: 0, unknown: 0 }));
  const want = new Set(u.analyze(`I have a question about ${right}.`).foci.map((f) => f.conditionId));
  if (want.size === 0) {
    c.unknown++;
    continue;
  }
  c.names++;
  if (u.analyze(`I have a question about ${wrong}.`).foci.some((f) => want.has(f.conditionId))) c.found++;
  else missed.push(`${category}\t${wrong}\t(${right})`);
}
const table = [
  '| category | misspellings | correct name found | misspelling found | share |',
  '|---|---:|---:|---:|---:|',
];
for (const [category, c] of spelled)
  table.push(
    `| ${category} | ${c.names + c.unknown} | ${c.names} | ${c.found} | ${(c.found / Math.max(1, c.names)).toFixed(3)} |`,
  );
process.stdout.write(`\n${table.join('\n')}\n`);
if (process.argv.includes('--misses'))
  process.stdout.write(`\nmisspellings not found:\n${missed.join('\n')}\n`);
