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
