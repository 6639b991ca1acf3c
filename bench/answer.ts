/**
 * Answers: speed and quality side by side.
 *
 *   npx tsx bench/answer.ts            (uses the test knowledge base, var/test/kb.sqlite, importing it once)
 *
 * 1. Cold start: open the database and build every in-memory index (`createApp`), and the article
 *    index alone (`Retriever`).
 * 2. `answer()` end to end, single-threaded, over re-phrased MedQuAD questions (our own; see
 *    src/retrieve/calibration.ts): messages per second, p50/p99 latency (three rounds, the median one
 *    counts); then the memory of a separate process that only builds the App and answers them.
 * 3. The confidence threshold calibrated on those questions plus off-topic ones.
 * 4. LiveQA-Medical quality (avgScore, MRR@10, ...) and query speed for raredesk, MiniSearch (BM25
 *    with its defaults) and SQLite FTS5 `bm25()` over the same fields as raredesk's article index
 *    (question, condition names) and the same questions (subject + message); the baselines once more
 *    with the answer text as a third field.
 */
import Database from 'better-sqlite3';
import MiniSearch from 'minisearch';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { forkSelf, nextMessage } from './child.js';
import { createApp } from '../src/app.js';
import { PROJECT_ROOT, loadConfig } from '../src/config.js';
import {
  aggregate,
  formatMetricsTable,
  loadQrels,
  runRanker,
  appRanker,
  plainBm25Ranker,
} from '../src/eval/liveqa.js';
import type { Metrics, Ranker } from '../src/eval/liveqa.js';
import { loadLiveQaTest } from '../src/eval/liveqa-data.js';
import {
  DEFAULT_PARAMS,
  bestCandidate,
  OFF_TOPIC_QUESTIONS,
  Retriever,
  blocksText,
  calibrateThreshold,
  perturbedQuestions,
  retrievalConditions,
  terms,
} from '../src/retrieve/index.js';
import { openStore } from '../src/store/index.js';
import { ensureTestKb, TEST_KB_PATH } from '../test/support/kb.js';

const DATA = process.env.RAREDESK_DATA ?? path.resolve(PROJECT_ROOT, '..', 'shared', 'data');
const mb = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;
const ms = (x: number) => `${x.toFixed(2)} ms`;

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

async function main() {
  const database = process.env.RAREDESK_DB ?? TEST_KB_PATH;
  if (!process.env.RAREDESK_DB) await ensureTestKb();
  console.log(
    `machine: ${os.cpus().length} cores, ${mb(os.totalmem())}, Node.js ${process.version}, load average ${os
      .loadavg()
      .map((x) => x.toFixed(1))
      .join(' ')}`,
  );

  // 1. cold start
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const store = await openStore(database);
  const app = await createApp({ ...loadConfig(), database }, store);
  const coldMs = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  const rssAfterStart = process.memoryUsage().rss;
  const [articles, headers, names] = await Promise.all([
    store.listAllArticles(),
    store.listArticleHeaders(),
    store.listNames(),
  ]);
  const t1 = performance.now();
  const retriever = new Retriever(headers, retrievalConditions(names));
  const retrieverMs = performance.now() - t1;
  console.log(`\n## Cold start`);
  console.log(
    `open database + build all indexes (createApp): ${ms(coldMs)} wall, ${ms((cpu.user + cpu.system) / 1000)} CPU`,
  );
  console.log(`article index alone (Retriever over ${retriever.size} articles): ${ms(retrieverMs)}`);
  console.log(`memory after createApp: rss ${mb(rssAfterStart)}`);

  // 2. answer() throughput
  const conditions = retrievalConditions(names);
  const messages = perturbedQuestions(articles, conditions, 1500, 11).map((c) => c.text);
  for (const m of messages.slice(0, 200)) await app.answer(m); // warm-up
  // Three rounds over the same messages: this machine's speed varies from minute to minute, so every
  // round is printed and the median round is the result.
  console.log(`\n## answer() end to end, single-threaded (${messages.length} re-phrased MedQuAD questions)`);
  const rounds: Array<{ rate: number; line: string }> = [];
  for (let round = 1; round <= 3; round++) {
    const lat: number[] = [];
    const cpuStart = process.cpuUsage();
    const tStart = performance.now();
    for (const m of messages) {
      const s = performance.now();
      await app.answer(m);
      lat.push(performance.now() - s);
    }
    const total = performance.now() - tStart;
    const cpuAnswer = process.cpuUsage(cpuStart);
    lat.sort((a, b) => a - b);
    const cpuMs = (cpuAnswer.user + cpuAnswer.system) / 1000;
    const rate = messages.length / (total / 1000);
    const line = `${rate.toFixed(0)} messages/s wall (${ms(cpuMs / messages.length)} CPU per message); p50 ${ms(percentile(lat, 50))}, p99 ${ms(percentile(lat, 99))}, max ${ms(lat[lat.length - 1])}`;
    console.log(`round ${round}: ${line}`);
    rounds.push({ rate, line });
  }
  rounds.sort((a, b) => a.rate - b.rate);
  console.log(`median round: ${rounds[1].line}`);
  const mem = process.memoryUsage();
  console.log(
    `memory of this script after the answers (it also holds its own copy of the articles and a second Retriever): rss ${mb(mem.rss)}`,
  );
  const engine = await answeringProcessMemory(database, messages);
  console.log(
    `memory of a process that only answers (createApp, then the ${messages.length} messages three times): rss ${mb(engine.rss)} after start-up, ${mb(engine.rssAfter)} after the answers`,
  );

  // 3. threshold calibration (never the LiveQA test set)
  const positives = perturbedQuestions(articles, conditions, 400, 3);
  const negatives = OFF_TOPIC_QUESTIONS.map((text) => ({ text, expected: [] as string[] }));
  // The candidate a section would answer with, before the threshold (first sub-question of the message).
  const cal = calibrateThreshold([...positives, ...negatives], (c) => {
    const sub = app.analyze(c.text).subquestions[0];
    return sub ? bestCandidate(retriever, sub) : null;
  });
  console.log(
    `\n## Threshold calibration (${cal.positives} re-phrased MedQuAD questions, ${cal.negatives} off-topic)`,
  );
  console.log(
    `least cost from threshold ${cal.threshold} to ${cal.bestUpTo} (in use: ${DEFAULT_PARAMS.threshold}); at ${cal.threshold}: ${cal.answeredRight} right, ${cal.answeredWrong} wrong article, ${cal.falseAnswers} off-topic answered, ${cal.missed} left to a specialist`,
  );

  // 4. LiveQA quality and speed, side by side
  const questions = loadLiveQaTest(DATA);
  const qrels = loadQrels(DATA);
  const namesOf = new Map(conditions.map((c) => [c.id, [c.preferredName, ...c.names].join(' ; ')]));
  const externalId = (i: number) => articles[i].provenance.externalId ?? articles[i].id;

  // The baselines index the same fields as raredesk's article index (question and condition names),
  // and once more with the answer text added.
  const baselines: Array<{ label: string; ranker: Ranker; build: number }> = [];
  for (const withAnswer of [false, true]) {
    const fields = withAnswer ? ['question', 'focus', 'answer'] : ['question', 'focus'];
    const label = withAnswer ? 'question, names, answer' : 'question, names';
    const doc = (a: (typeof articles)[number]) => ({
      question: a.question,
      focus: namesOf.get(a.conditionId) ?? '',
      answer: withAnswer ? blocksText(a.blocks) : '',
    });

    const mini = new MiniSearch<{ id: number; question: string; focus: string; answer: string }>({ fields });
    const tm = performance.now();
    mini.addAll(articles.map((a, id) => ({ id, ...doc(a) })));
    baselines.push({
      label: `MiniSearch (BM25 defaults; ${label})`,
      build: performance.now() - tm,
      ranker: (q) =>
        mini
          .search(`${q.subject} ${q.message}`)
          .slice(0, 30)
          .map((r) => externalId(r.id as number)),
    });

    const fts = new Database(':memory:');
    fts.exec(`CREATE VIRTUAL TABLE doc USING fts5(${fields.join(', ')}, tokenize='porter unicode61')`);
    const tf = performance.now();
    const insert = fts.prepare(
      `INSERT INTO doc(rowid, ${fields.join(', ')}) VALUES (?, ${fields.map(() => '?').join(', ')})`,
    );
    fts.transaction(() => {
      articles.forEach((a, i) => {
        const d = doc(a);
        insert.run(i, d.question, d.focus, ...(withAnswer ? [d.answer] : []));
      });
    })();
    const ftsBuild = performance.now() - tf;
    const ftsQuery = fts.prepare('SELECT rowid FROM doc WHERE doc MATCH ? ORDER BY bm25(doc) LIMIT 30');
    baselines.push({
      label: `SQLite FTS5 bm25() (${label})`,
      build: ftsBuild,
      ranker: (q) => {
        const words = [...new Set(terms(`${q.subject} ${q.message}`))].map(
          (t) => `"${t.replace(/"/g, '')}"*`,
        );
        if (words.length === 0) return [];
        return (ftsQuery.all(words.join(' OR ')) as Array<{ rowid: number }>).map((r) => externalId(r.rowid));
      },
    });
  }

  const systems: Array<{ label: string; ranker: Ranker; build: number | null }> = [
    { label: 'raredesk', ranker: appRanker(app), build: null },
    ...baselines,
    {
      label: 'plain BM25 (question + focus + synonyms)',
      ranker: plainBm25Ranker(articles, names),
      build: null,
    },
  ];
  const rows: Array<{ label: string; m: Metrics; perQuery: number; build: number | null }> = [];
  for (const s of systems) {
    const started = performance.now();
    const m = aggregate(runRanker(s.ranker, questions, qrels));
    rows.push({
      label: s.label,
      m,
      perQuery: (performance.now() - started) / questions.length,
      build: s.build,
    });
  }
  console.log(`\n## LiveQA-Medical (${questions.length} questions, subject + message), quality and speed`);
  console.log(formatMetricsTable(rows));
  const ours = rows[0];
  console.log('\n| system | index build | mean query time | speed vs raredesk | avgScore vs raredesk |');
  console.log('|---|---|---|---|---|');
  for (const r of rows) {
    console.log(
      `| ${r.label} | ${r.build === null ? '—' : ms(r.build)} | ${ms(r.perQuery)} | ${(ours.perQuery / r.perQuery).toFixed(2)}× | ${(r.m.avgScore / ours.m.avgScore).toFixed(2)}× |`,
    );
  }
  await app.close();
  await store.close();
}

/**
 * Starts a process that opens the knowledge base, builds the App and answers `messages` three times,
 * and returns its memory: the engine's own footprint, without this script's copies.
 */
async function answeringProcessMemory(
  database: string,
  messages: string[],
): Promise<{ rss: number; rssAfter: number }> {
  const file = path.join(os.tmpdir(), `raredesk-bench-messages-${process.pid}.json`);
  fs.writeFileSync(file, JSON.stringify(messages));
  try {
    const child = forkSelf(import.meta.url, { [MEMORY_CHILD]: file, RAREDESK_DB: database });
    return await nextMessage<{ rss: number; rssAfter: number }>(child, 'memory process');
  } finally {
    fs.rmSync(file, { force: true });
  }
}

/** The child of `answeringProcessMemory`. */
async function answerOnly(file: string): Promise<void> {
  const database = process.env.RAREDESK_DB ?? TEST_KB_PATH;
  const messages = JSON.parse(fs.readFileSync(file, 'utf8')) as string[];
  const app = await createApp({ ...loadConfig(), database });
  const rss = process.memoryUsage().rss;
  for (let round = 0; round < 3; round++) for (const m of messages) await app.answer(m);
  process.send!({ rss, rssAfter: process.memoryUsage().rss });
  await app.close();
  process.disconnect();
}

const MEMORY_CHILD = 'RAREDESK_BENCH_ANSWER_MEMORY';
if (process.env[MEMORY_CHILD]) await answerOnly(process.env[MEMORY_CHILD]);
else await main();
