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
import { openTestUnderstanding } from '../test/support/understanding.js';

const file = path.join(PROJECT_ROOT, 'bench', 'fixtures', 'everyday-health-words.tsv');
const rows = fs
  .readFileSync(file, 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((line) => line.split('\t') as [string, string]);
const u = await openTestUnderstanding();
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
