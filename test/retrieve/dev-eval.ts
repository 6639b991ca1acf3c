/**
 * `npx tsx test/retrieve/dev-eval.ts`: ranking quality on our own development set (dev-set.ts) and on
 * re-phrased MedQuAD questions (calibration.ts), for tuning the weights in src/retrieve/params.ts.
 * Prints P@1 (first answer expected) and MRR@10 for each set. The LiveQA test set is not used here.
 */
import { openTestApp } from '../support/app.js';
import { perturbedQuestions, retrievalConditions } from '../../src/retrieve/index.js';
import { openTestKb } from '../support/kb.js';
import { DEV_SET } from './dev-set.js';

const app = await openTestApp();
const store = await openTestKb();
const [articles, names] = await Promise.all([store.listAllArticles(), store.listNames()]);
const externalId = (id: string) => app.articleHeader(id)?.externalId ?? id;

/** P@1 and MRR@10 of `app.search` over cases whose expected answers are given as MedQuAD ids. */
function measure(cases: ReadonlyArray<{ text: string; subject?: string; expected: string[] }>) {
  let p1 = 0;
  let rr = 0;
  const misses: string[] = [];
  for (const c of cases) {
    const ranked = app.search(c.text, { subject: c.subject, k: 10 }).map((r) => externalId(r.articleId));
    const at = ranked.findIndex((id) => c.expected.includes(id));
    if (at === 0) p1++;
    else misses.push(`${c.text.slice(0, 60)} -> ${ranked[0] ?? '(none)'}`);
    if (at >= 0) rr += 1 / (at + 1);
  }
  return { n: cases.length, p1: p1 / cases.length, mrr10: rr / cases.length, misses };
}

const dev = measure(DEV_SET);
const rephrased = measure(
  perturbedQuestions(articles, retrievalConditions(names), 300, 11).map((c) => ({
    text: c.text,
    expected: c.expected.map(externalId),
  })),
);
console.log(`dev set: ${dev.n} questions, P@1 ${dev.p1.toFixed(3)}, MRR@10 ${dev.mrr10.toFixed(3)}`);
console.log(
  `re-phrased MedQuAD: ${rephrased.n} questions, P@1 ${rephrased.p1.toFixed(3)}, MRR@10 ${rephrased.mrr10.toFixed(3)}`,
);
if (process.argv.includes('--misses')) console.log(dev.misses.join('\n'));
await app.close();
await store.close();
