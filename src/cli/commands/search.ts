/**
 * `raredesk search --jsonl [--k 10] [--data DIR]`: ranked knowledge-base answers for many messages.
 * Reads one JSON line `{"id","text","subject"?}` per message on stdin and writes one line
 * `{"id","results":[{"answerId","score","type","focus"}]}` per message on stdout, ranked across all
 * of the message's sub-questions. `answerId` is the MedQuAD answer id (`GARD_0005086_Sec3`) for
 * imported content, the article id for curated content; `focus` is the condition's name.
 * A bad line gets `{"id","error"}` and the others go on.
 */
import readline from 'node:readline';
import type { App } from '../../app.js';
import { AppError } from '../../errors.js';
import type { Command } from '../command.js';
import { openCliApp, parseOptions } from './ask.js';

/** The output line for one input line (never throws). */
export function searchJsonLine(app: App, line: string, lineNumber: number, k: number): string {
  let id: unknown = null;
  try {
    const input = JSON.parse(line) as unknown;
    if (!input || typeof input !== 'object' || Array.isArray(input)) throw new Error('not a JSON object');
    const obj = input as Record<string, unknown>;
    id = obj.id ?? null;
    if (typeof obj.text !== 'string' || obj.text.trim() === '')
      throw new Error('"text" must be a non-empty string');
    if (obj.subject != null && typeof obj.subject !== 'string') throw new Error('"subject" must be a string');
    const subject = typeof obj.subject === 'string' ? obj.subject : undefined;
    const results = app.search(obj.text, { subject, k }).map((r) => {
      const article = app.article(r.articleId);
      return {
        answerId: article?.provenance.externalId ?? r.articleId,
        score: r.score,
        type: r.type,
        focus: app.conditionName(r.conditionId) ?? r.conditionId,
      };
    });
    return JSON.stringify({ id, results });
  } catch (err) {
    const reason = err instanceof Error ? err.message : String(err);
    return JSON.stringify({ id, error: `line ${lineNumber}: ${reason}` });
  }
}

export const searchCommand: Command = {
  name: 'search',
  summary: 'Rank knowledge-base answers for JSON-lines questions on stdin',
  usage:
    'Usage: raredesk search --jsonl [--k 10] [--data DIR]\n\n' +
    'stdin: one {"id","text","subject"?} per line; stdout: one {"id","results":[{"answerId","score","type","focus"}]} per line.',
  async run(args, config, io) {
    const { positional, options } = parseOptions(args, ['--k', '--data'], ['--jsonl']);
    if (positional !== null || !options.has('--jsonl')) {
      throw new AppError('bad_input', 'search reads JSON lines from stdin: use raredesk search --jsonl');
    }
    const k = Number(options.get('--k') ?? 10);
    if (!Number.isInteger(k) || k < 1 || k > 1000)
      throw new AppError('bad_input', '--k must be an integer from 1 to 1000');
    const app = await openCliApp(config, io, options.get('--data'));
    try {
      const lines = readline.createInterface({ input: io.stdin, crlfDelay: Infinity });
      let n = 0;
      for await (const line of lines) {
        n++;
        if (line.trim() === '') continue;
        io.stdout.write(`${searchJsonLine(app, line, n, k)}\n`);
      }
    } finally {
      await app.close();
      await app.store.close();
    }
    return 0;
  },
};
