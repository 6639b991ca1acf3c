/**
 * `raredesk eval understanding [--data DIR]`: scores focus recognition and question typing against the
 * 104 annotated TREC 2017 LiveQA-Medical test questions. Measuring only: no code is tuned on them.
 *
 * Focus: an annotated focus counts as found when one of our foci
 *   (a) has the same normalized text (case, hyphens, apostrophes, plurals ignored) as its matched words or
 *       its preferred name, or
 *   (b) is a condition the annotated text names exactly (the text is one of the condition's names), or
 *   (c) its matched words and the annotated text contain one another as whole words
 *       ("zolmitriptan" in "zolmitriptan tablets").
 * Focus accuracy = share of questions whose first annotated focus is found (the headline number); the report
 * also gives the share of all annotated foci found, and the first focus found by its annotated category
 * (Problem, DrugSupplement, Food, Substance, ProcedureDevice), with how the misses split between questions
 * where we found no focus at all and questions where we found others.
 *
 * Types: the annotated types (mapped by LIVEQA_TYPE_MAP) against the set of our sub-question types, per
 * question; precision, recall and F1 micro-averaged over all questions and per type.
 */
import type { Config } from '../config.js';
import type { CliIO } from '../cli/command.js';
import { AppError } from '../errors.js';
import { QUESTION_TYPES } from '../kb/index.js';
import type { QuestionType } from '../kb/index.js';
import { openStore } from '../store/index.js';
import { loadUnderstanding, normalizeKey, resolveDataDir } from '../understand/index.js';
import type { Analysis, Understanding } from '../understand/index.js';
import type { Evaluation } from './index.js';
import { loadLiveQaTest } from './liveqa-data.js';
import type { LiveQaFocus, LiveQaQuestion } from './liveqa-data.js';

/** Whether `inner` occurs in `outer` as whole words (both normalized keys). */
function containsWords(outer: string, inner: string): boolean {
  return inner.length > 0 && ` ${outer} `.includes(` ${inner} `);
}

/** Whether an annotated focus is among the foci of an analysis (rules (a)–(c) above). */
export function focusFound(gold: LiveQaFocus, analysis: Analysis, understanding: Understanding): boolean {
  const g = normalizeKey(gold.text);
  if (!g) return false;
  const named = new Set(understanding.resolveName(gold.text));
  return analysis.foci.some((f) => {
    const text = normalizeKey(f.text);
    const name = normalizeKey(f.name);
    if (g === text || g === name || named.has(f.conditionId)) return true;
    return f.match !== 'reference' && (containsWords(text, g) || containsWords(g, text));
  });
}

export interface TypeCounts {
  tp: number;
  fp: number;
  fn: number;
}

export interface UnderstandingReport {
  questions: number;
  focusAccuracy: number;
  focusRecall: number;
  anyFocusFound: number;
  micro: TypeCounts & { precision: number; recall: number; f1: number };
  perType: Array<
    { type: QuestionType; support: number } & TypeCounts & { precision: number; recall: number; f1: number }
  >;
  /** The first annotated focus by its category: questions, found, and misses with no focus of ours at all. */
  perCategory: Array<{ category: string; questions: number; found: number; missedWithNoFocus: number }>;
  msPerMessage: number;
}

function prf(c: TypeCounts): { precision: number; recall: number; f1: number } {
  const precision = c.tp + c.fp === 0 ? 0 : c.tp / (c.tp + c.fp);
  const recall = c.tp + c.fn === 0 ? 0 : c.tp / (c.tp + c.fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

/** Scores an understanding on the test questions. */
export function scoreUnderstanding(
  understanding: Understanding,
  questions: LiveQaQuestion[],
): UnderstandingReport {
  const counts = new Map<QuestionType, TypeCounts>(QUESTION_TYPES.map((t) => [t, { tp: 0, fp: 0, fn: 0 }]));
  let firstFound = 0;
  let anyFound = 0;
  let fociFound = 0;
  let fociTotal = 0;
  const categories = new Map<string, { questions: number; found: number; missedWithNoFocus: number }>();
  const started = performance.now();
  for (const q of questions) {
    const analysis = understanding.analyze(q.message, { subject: q.subject });
    const found = q.foci.map((f) => focusFound(f, analysis, understanding));
    if (found[0]) firstFound++;
    const category = q.foci[0]?.category ?? '(none)';
    let c = categories.get(category);
    if (!c) categories.set(category, (c = { questions: 0, found: 0, missedWithNoFocus: 0 }));
    c.questions++;
    if (found[0]) c.found++;
    else if (analysis.foci.length === 0) c.missedWithNoFocus++;
    if (found.some(Boolean)) anyFound++;
    fociFound += found.filter(Boolean).length;
    fociTotal += found.length;
    const predicted = new Set(analysis.subquestions.map((s) => s.type));
    const gold = new Set(q.types);
    for (const t of predicted) counts.get(t)![gold.has(t) ? 'tp' : 'fp']++;
    for (const t of gold) if (!predicted.has(t)) counts.get(t)!.fn++;
  }
  const msPerMessage = (performance.now() - started) / Math.max(1, questions.length);
  const total = { tp: 0, fp: 0, fn: 0 };
  for (const c of counts.values()) {
    total.tp += c.tp;
    total.fp += c.fp;
    total.fn += c.fn;
  }
  const n = Math.max(1, questions.length);
  return {
    questions: questions.length,
    focusAccuracy: firstFound / n,
    focusRecall: fociTotal === 0 ? 0 : fociFound / fociTotal,
    anyFocusFound: anyFound / n,
    micro: { ...total, ...prf(total) },
    perType: [...counts]
      .filter(([, c]) => c.tp + c.fp + c.fn > 0)
      .map(([type, c]) => ({ type, support: c.tp + c.fn, ...c, ...prf(c) })),
    perCategory: [...categories]
      .map(([category, c]) => ({ category, ...c }))
      .sort((a, b) => b.questions - a.questions || a.category.localeCompare(b.category)),
    msPerMessage,
  };
}

/** The report as a Markdown table (pasted into BENCHMARKS.md). */
export function formatReport(r: UnderstandingReport): string {
  const f = (x: number) => x.toFixed(3);
  const lines = [
    `LiveQA-Medical 2017 test questions: ${r.questions}`,
    '',
    '| measure | value |',
    '|---|---|',
    `| focus accuracy (first annotated focus found) | ${f(r.focusAccuracy)} |`,
    `| questions with any annotated focus found | ${f(r.anyFocusFound)} |`,
    `| annotated foci found (all foci) | ${f(r.focusRecall)} |`,
    `| type precision (micro) | ${f(r.micro.precision)} |`,
    `| type recall (micro) | ${f(r.micro.recall)} |`,
    `| type F1 (micro) | ${f(r.micro.f1)} |`,
    `| time per message | ${r.msPerMessage.toFixed(2)} ms |`,
    '',
    '| type | support | tp | fp | fn | precision | recall | F1 |',
    '|---|---:|---:|---:|---:|---:|---:|---:|',
    ...r.perType.map(
      (t) =>
        `| ${t.type} | ${t.support} | ${t.tp} | ${t.fp} | ${t.fn} | ${f(t.precision)} | ${f(t.recall)} | ${f(t.f1)} |`,
    ),
    '',
    '| first annotated focus: category | questions | found | share found | missed, no focus of ours | missed, others found |',
    '|---|---:|---:|---:|---:|---:|',
    ...r.perCategory.map(
      (c) =>
        `| ${c.category} | ${c.questions} | ${c.found} | ${f(c.found / c.questions)} | ${c.missedWithNoFocus} | ${c.questions - c.found - c.missedWithNoFocus} |`,
    ),
  ];
  return `${lines.join('\n')}\n`;
}

function option(args: string[], name: string): string | null {
  const i = args.indexOf(name);
  if (i < 0) return null;
  const value = args[i + 1];
  if (!value) throw new AppError('bad_input', `${name} needs a value`);
  return value;
}

export const understandingEvaluation: Evaluation = {
  name: 'understanding',
  summary: 'Focus accuracy and question-type P/R/F1 on the LiveQA-Medical 2017 test questions',
  async run(args: string[], config: Config, io: CliIO): Promise<number> {
    const dataDir = resolveDataDir(option(args, '--data'), config);
    const questions = loadLiveQaTest(dataDir);
    const store = await openStore(option(args, '--db') ?? config.database);
    try {
      const understanding = await loadUnderstanding(store);
      io.stdout.write(
        `dictionary: ${understanding.stats.names} names of ${understanding.stats.conditions} conditions, built in ${understanding.stats.buildMs} ms\n`,
      );
      io.stdout.write(formatReport(scoreUnderstanding(understanding, questions)));
      return 0;
    } finally {
      await store.close();
    }
  },
};
