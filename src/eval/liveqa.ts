/**
 * `raredesk eval liveqa [--data DIR] [--failures N]`: the TREC 2017 LiveQA-Medical benchmark with
 * the MedQuAD expert judgments (Ben Abacha & Demner-Fushman, BMC Bioinformatics 2019).
 *
 * Each of the 104 test questions (its original SUBJECT and MESSAGE only) is answered by ranking
 * MedQuAD answers; the ranking is scored with the 2,479 judgments (`1-Incorrect` … `4-Excellent`
 * mapped to 0–3; an answer nobody judged counts as 0):
 * - avgScore: mean score of the first answer; succ@1+/2+/3+: share of questions whose first answer
 *   scores at least 1, 2, 3; P@1: share whose first answer is relevant;
 * - MAP@10 and MRR@10 over the first 10 answers, "Incomplete" and "Excellent" (score ≥ 2) being
 *   relevant; a question's average precision divides by min(10, its number of relevant answers).
 * Measuring only: nothing in raredesk is tuned on these questions.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { App } from '../app.js';
import { createApp } from '../app.js';
import type { CliIO } from '../cli/command.js';
import type { Config } from '../config.js';
import { AppError } from '../errors.js';
import { ensureKnowledgeBase } from '../import/index.js';
import type { Article } from '../kb/index.js';
import { Bm25Index, retrievalConditions, terms } from '../retrieve/index.js';
import { openStore } from '../store/index.js';
import type { NameRow } from '../store/index.js';
import { resolveDataDir } from '../understand/index.js';
import type { Evaluation } from './index.js';
import { loadLiveQaTest } from './liveqa-data.js';
import type { LiveQaQuestion } from './liveqa-data.js';

export const QRELS_FILE = path.join(
  'medquad',
  'judged-liveqa-test',
  'All-qrels_LiveQAMed2017-TestQuestions_2479_Judged-Answers.txt',
);

/** Published and computed reference points printed beside our numbers. */
export const ANCHORS = {
  entailment2019: { label: 'Ben Abacha & Demner-Fushman 2019 (question entailment)', avgScore: 0.827 },
  bestTrec2017: { label: 'best official TREC 2017 LiveQA-Medical run', avgScore: 0.637 },
  target: { avgScore: 1.0, mrr10: 0.5 },
};

/** Judgments: question id (`TQ12`) → answer id (`GARD_0005086_Sec3`) → score 0–3. */
export type Qrels = Map<string, Map<string, number>>;

/** Reads the 2,479 judgments (throws `data_unavailable` when the file is missing). */
export function loadQrels(dataDir: string): Qrels {
  const file = path.join(dataDir, QRELS_FILE);
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (err) {
    throw new AppError('data_unavailable', `cannot read the LiveQA judgments ${file}`, undefined, {
      cause: err,
    });
  }
  const qrels: Qrels = new Map();
  for (const line of text.split(/\r?\n/)) {
    const m = /^(\d+)\s+([1-4])-\S+\s+(\S+?)(?:\.txt)?\s*$/.exec(line);
    if (!m) continue;
    const qid = `TQ${m[1]}`;
    const judged = qrels.get(qid) ?? new Map<string, number>();
    qrels.set(qid, judged);
    // Some answers were judged twice for a question: keep the higher judgment.
    judged.set(m[3], Math.max(judged.get(m[3]) ?? 0, Number(m[2]) - 1));
  }
  return qrels;
}

export interface Metrics {
  questions: number;
  avgScore: number;
  succ1: number;
  succ2: number;
  succ3: number;
  p1: number;
  map10: number;
  mrr10: number;
}

/** One question's outcome. */
export interface QuestionResult {
  id: string;
  /** Score of the first answer (0 when none or unjudged). */
  first: number;
  firstAnswer: string | null;
  ap10: number;
  rr10: number;
}

/** Scores one question's ranked answer ids (duplicates after the first occurrence are ignored). */
export function scoreQuestion(
  id: string,
  ranked: readonly string[],
  judged: ReadonlyMap<string, number>,
): QuestionResult {
  const top = [...new Set(ranked)].slice(0, 10);
  const grades = top.map((a) => judged.get(a) ?? 0);
  const relevantTotal = [...judged.values()].filter((g) => g >= 2).length;
  let hits = 0;
  let sumPrecision = 0;
  let rr = 0;
  grades.forEach((g, i) => {
    if (g < 2) return;
    hits++;
    sumPrecision += hits / (i + 1);
    if (rr === 0) rr = 1 / (i + 1);
  });
  return {
    id,
    first: grades[0] ?? 0,
    firstAnswer: top[0] ?? null,
    ap10: relevantTotal === 0 ? 0 : sumPrecision / Math.min(10, relevantTotal),
    rr10: rr,
  };
}

/** Averages question results into the benchmark's metrics. */
export function aggregate(results: readonly QuestionResult[]): Metrics {
  const n = results.length || 1;
  const mean = (f: (r: QuestionResult) => number) => results.reduce((s, r) => s + f(r), 0) / n;
  return {
    questions: results.length,
    avgScore: mean((r) => r.first),
    succ1: mean((r) => (r.first >= 1 ? 1 : 0)),
    succ2: mean((r) => (r.first >= 2 ? 1 : 0)),
    succ3: mean((r) => (r.first >= 3 ? 1 : 0)),
    p1: mean((r) => (r.first >= 2 ? 1 : 0)),
    map10: mean((r) => r.ap10),
    mrr10: mean((r) => r.rr10),
  };
}

/** The ceiling: the best judged answer of every question ranked first. */
export function ceiling(questions: readonly LiveQaQuestion[], qrels: Qrels): number {
  const best = questions.map((q) => Math.max(0, ...(qrels.get(q.id)?.values() ?? [])));
  return best.reduce((s, x) => s + x, 0) / (questions.length || 1);
}

/** A system under test: the answer ids it ranks for a question, best first. */
export type Ranker = (q: Pick<LiveQaQuestion, 'subject' | 'message'>) => string[];

/** raredesk's own ranking (`app.search`), as MedQuAD answer ids. */
export function appRanker(app: App): Ranker {
  return (q) =>
    app
      .search(q.message, { subject: q.subject, k: 30 })
      .map((r) => app.articleHeader(r.articleId)?.externalId ?? r.articleId);
}

/**
 * The plain baseline: BM25 (k1 1.2, b 0.75) over each answer's question and its focus with synonyms,
 * queried with subject and message; no focus recognition, no types, no answer text.
 */
export function plainBm25Ranker(articles: readonly Article[], names: readonly NameRow[]): Ranker {
  const conditions = new Map(retrievalConditions(names).map((c) => [c.id, c]));
  const ids = new Map<string, number>();
  const idsOf = (text: string, add: boolean): number[] =>
    terms(text).flatMap((t) => {
      let id = ids.get(t);
      if (id === undefined && add) ids.set(t, (id = ids.size));
      return id === undefined ? [] : [id];
    });
  const docs = articles.map((a) => {
    const c = conditions.get(a.conditionId);
    return {
      question: idsOf(a.question, true),
      focus: idsOf(c ? [c.preferredName, ...c.names].join(' ; ') : '', true),
    };
  });
  const index = new Bm25Index(['question', 'focus'] as const, docs, ids.size, {
    k1: 1.2,
    fields: { question: { weight: 1, b: 0.75 }, focus: { weight: 1, b: 0.75 } },
  });
  return (q) =>
    index
      .search(idsOf(`${q.subject}\n${q.message}`, false), 30)
      .map((h) => articles[h.doc].provenance.externalId ?? articles[h.doc].id);
}

/** Runs a ranker over every question. */
export function runRanker(
  ranker: Ranker,
  questions: readonly LiveQaQuestion[],
  qrels: Qrels,
): QuestionResult[] {
  return questions.map((q) => scoreQuestion(q.id, ranker(q), qrels.get(q.id) ?? new Map()));
}

const pct = (x: number) => `${(100 * x).toFixed(1)}%`;

/** The metrics table: one row per system. */
export function formatMetricsTable(rows: ReadonlyArray<{ label: string; m: Metrics }>): string {
  const header = '| system | avgScore | succ@1+ | succ@2+ | succ@3+ | P@1 | MAP@10 | MRR@10 |';
  const lines = [header, '|---|---|---|---|---|---|---|---|'];
  for (const { label, m } of rows) {
    lines.push(
      `| ${label} | ${m.avgScore.toFixed(3)} | ${pct(m.succ1)} | ${pct(m.succ2)} | ${pct(m.succ3)} | ${pct(m.p1)} | ${m.map10.toFixed(3)} | ${m.mrr10.toFixed(3)} |`,
    );
  }
  return lines.join('\n');
}

/** Per-type table: questions grouped by their first annotated type. */
export function formatPerType(
  questions: readonly LiveQaQuestion[],
  results: readonly QuestionResult[],
): string {
  const groups = new Map<string, QuestionResult[]>();
  questions.forEach((q, i) => {
    const type = q.types[0] ?? 'other';
    groups.set(type, [...(groups.get(type) ?? []), results[i]]);
  });
  const lines = [
    '| type (first annotated) | questions | avgScore | succ@2+ | MRR@10 |',
    '|---|---|---|---|---|',
  ];
  for (const [type, rs] of [...groups].sort((a, b) => b[1].length - a[1].length)) {
    const m = aggregate(rs);
    lines.push(
      `| ${type} | ${rs.length} | ${m.avgScore.toFixed(3)} | ${pct(m.succ2)} | ${m.mrr10.toFixed(3)} |`,
    );
  }
  return lines.join('\n');
}

/** Failure cases: first answer scored 0 although a relevant answer was judged. */
export function formatFailures(
  questions: readonly LiveQaQuestion[],
  results: readonly QuestionResult[],
  qrels: Qrels,
  limit: number,
): string {
  const lines: string[] = [];
  questions.forEach((q, i) => {
    const r = results[i];
    const judged = qrels.get(q.id) ?? new Map<string, number>();
    const best = [...judged].sort((a, b) => b[1] - a[1])[0];
    if (r.first > 0 || !best || best[1] < 2 || lines.length >= limit) return;
    const subject = q.subject.replace(/\s+/g, ' ').slice(0, 60);
    lines.push(
      `- ${q.id} [${q.types.join(', ')}] "${subject}": ours ${r.firstAnswer ?? '(none)'} (0), best judged ${best[0]} (${best[1]})`,
    );
  });
  return lines.join('\n') || '(none)';
}

export const liveqaEvaluation: Evaluation = {
  name: 'liveqa',
  summary: 'TREC 2017 LiveQA-Medical with the MedQuAD judgments: avgScore, succ@k, MAP@10, MRR@10',
  async run(args: string[], config: Config, io: CliIO): Promise<number> {
    let dataFlag: string | null = null;
    let failures = 20;
    for (let i = 0; i < args.length; i++) {
      if (args[i] === '--data') dataFlag = args[++i] ?? null;
      else if (args[i] === '--failures') failures = Number(args[++i]);
      else throw new AppError('bad_input', `unknown option ${args[i]} (use --data DIR, --failures N)`);
    }
    const dataDir = resolveDataDir(dataFlag, config);
    const questions = loadLiveQaTest(dataDir);
    const qrels = loadQrels(dataDir);
    const store = await openStore(config.database);
    try {
      await ensureKnowledgeBase(store, { ...config, dataDir }, io);
      const app = await createApp(config, store);
      const [articles, names] = await Promise.all([store.listAllArticles(), store.listNames()]);
      const ours = runRanker(appRanker(app), questions, qrels);
      const baseline = runRanker(plainBm25Ranker(articles, names), questions, qrels);
      const m = aggregate(ours);
      const out = [
        `LiveQA-Medical 2017 test questions: ${questions.length}; judged question-answer pairs: ${[...qrels.values()].reduce((s, j) => s + j.size, 0)} (2,479 judgments, some pairs judged twice: the higher judgment is kept)`,
        '',
        formatMetricsTable([
          { label: 'raredesk', m },
          { label: 'plain BM25 (question + focus + synonyms)', m: aggregate(baseline) },
        ]),
        '',
        `Anchors (avgScore): ${ANCHORS.entailment2019.label} ${ANCHORS.entailment2019.avgScore}; ` +
          `${ANCHORS.bestTrec2017.label} ~${ANCHORS.bestTrec2017.avgScore}; ceiling (best judged answer first) ${ceiling(questions, qrels).toFixed(3)}`,
        `Targets: avgScore >= ${ANCHORS.target.avgScore} (${m.avgScore >= ANCHORS.target.avgScore ? 'met' : 'not met'}), ` +
          `MRR@10 >= ${ANCHORS.target.mrr10} (${m.mrr10 >= ANCHORS.target.mrr10 ? 'met' : 'not met'})`,
        '',
        'Per type (raredesk):',
        formatPerType(questions, ours),
        '',
        'Failure cases (first answer unjudged or incorrect while a relevant answer was judged):',
        formatFailures(questions, ours, qrels, failures),
      ];
      io.stdout.write(`${out.join('\n')}\n`);
      await app.close();
    } finally {
      await store.close();
    }
    return 0;
  },
};
