/**
 * `raredesk analyze "<text>" [--subject S] [--json]`: the conditions and sub-questions of one message.
 * `raredesk analyze --jsonl`: one JSON line `{"id","text","subject"?}` per input line on stdin, one
 * `{"id","foci","subquestions"}` line per input on stdout; a bad line gets `{"id","error"}` and the rest go on.
 */
import { AppError } from '../../errors.js';
import { openStore } from '../../store/index.js';
import { loadUnderstanding } from '../../understand/index.js';
import type { Analysis, Understanding } from '../../understand/index.js';
import type { Command } from '../command.js';
import { jsonLineOutput, runJsonLines } from '../jsonl.js';

function parseArgs(args: string[]): {
  text: string | null;
  subject: string | undefined;
  jsonl: boolean;
  json: boolean;
} {
  let text: string | null = null;
  let subject: string | undefined;
  let jsonl = false;
  let json = false;
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '--jsonl') jsonl = true;
    else if (a === '--json') json = true;
    else if (a === '--subject') {
      subject = args[++i];
      if (subject === undefined) throw new AppError('bad_input', '--subject needs a value');
    } else if (a?.startsWith('--')) throw new AppError('bad_input', `unknown option ${a}`);
    else if (text === null) text = a ?? null;
    else throw new AppError('bad_input', 'give the message as one quoted argument');
  }
  return { text, subject, jsonl, json };
}

/** The analysis as a person reads it. */
export function formatAnalysis(a: Analysis): string {
  const lines: string[] = [];
  lines.push(a.foci.length ? 'Conditions:' : 'Conditions: none recognized');
  for (const f of a.foci) {
    const where = f.inSubject ? 'subject' : `${f.start}-${f.end}`;
    lines.push(
      `  ${f.conditionId}  ${f.name} (${f.kind}) — "${f.text}" [${f.match}, ${f.score.toFixed(2)}, ${where}]`,
    );
  }
  if (a.unrecognized?.length)
    lines.push(`Not in the knowledge base: ${a.unrecognized.map((n) => `"${n.text}"`).join(', ')}`);
  lines.push(a.subquestions.length ? 'Questions:' : 'Questions: none found');
  a.subquestions.forEach((q, i) => {
    lines.push(`  ${i + 1}. [${q.type}, ${q.confidence.toFixed(2)}] ${q.question}`);
    lines.push(`     focus: ${q.focus ?? '(none)'}${q.secondFocus ? ` and ${q.secondFocus}` : ''}`);
    lines.push(`     asked: "${q.text}"`);
  });
  if (a.background.length) {
    lines.push('Background:');
    for (const b of a.background) lines.push(`  - ${b}`);
  }
  return `${lines.join('\n')}\n`;
}

/** One output line for one input line of `--jsonl` (never throws; see ../jsonl.ts). */
export function analyzeJsonLine(understanding: Understanding, line: string, lineNumber: number): string {
  return jsonLineOutput(line, lineNumber, ({ text, subject }) => {
    const a = understanding.analyze(text, { subject });
    return {
      foci: a.foci,
      subquestions: a.subquestions,
      ...(a.unrecognized ? { unrecognized: a.unrecognized } : {}),
    };
  });
}

export const analyzeCommand: Command = {
  name: 'analyze',
  summary: 'Find the conditions and sub-questions of a message',
  usage: [
    'Usage: raredesk analyze "<message>" [--subject S] [--json]',
    '       raredesk analyze --jsonl < questions.jsonl',
    '',
    'With --jsonl, reads one {"id","text","subject"?} object per line from stdin and writes one',
    '{"id","foci","subquestions"} line per input; a bad line gets {"id","error"}.',
  ].join('\n'),
  async run(args, config, io) {
    const opts = parseArgs(args);
    if (!opts.jsonl && (opts.text === null || opts.text.trim() === '')) {
      throw new AppError('bad_input', 'give a message to analyze, or --jsonl to read JSON lines from stdin');
    }
    const store = await openStore(config.database);
    let understanding: Understanding;
    try {
      understanding = await loadUnderstanding(store);
    } finally {
      await store.close();
    }
    if (opts.jsonl) {
      await runJsonLines(io, (line, n) => analyzeJsonLine(understanding, line, n));
      return 0;
    }
    const analysis = understanding.analyze(opts.text!, { subject: opts.subject });
    io.stdout.write(opts.json ? `${JSON.stringify(analysis, null, 2)}\n` : formatAnalysis(analysis));
    return 0;
  },
};
