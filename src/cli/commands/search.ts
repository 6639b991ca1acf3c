/**
 * `raredesk search --jsonl [--k 10] [--data DIR]`: ranked knowledge-base answers for many messages.
 * Reads one JSON line `{"id","text","subject"?}` per message on stdin and writes one line
 * `{"id","results":[{"answerId","score","type","focus"}]}` per message on stdout, ranked across all
 * of the message's sub-questions. `answerId` is the MedQuAD answer id (`GARD_0005086_Sec3`) for
 * imported content, the article id for curated content; `focus` is the condition's name.
 * A bad line gets `{"id","error"}` and the others go on.
 */
import type { App } from '../../app.js';
import { AppError } from '../../errors.js';
import type { Command } from '../command.js';
import { jsonLineOutput, runJsonLines } from '../jsonl.js';
import { openCliApp, parseOptions } from './ask.js';

/** The output line for one input line (never throws; see ../jsonl.ts). */
export function searchJsonLine(app: App, line: string, lineNumber: number, k: number): string {
  return jsonLineOutput(
    line,
    lineNumber,
    ({ text, subject }) => ({
      results: app.search(text, { subject, k }).map((r) => ({
        answerId: app.articleHeader(r.articleId)?.externalId ?? r.articleId,
        score: r.score,
        type: r.type,
        focus: app.conditionName(r.conditionId) ?? r.conditionId,
      })),
    }),
    { nonEmptyText: true },
  );
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
      await runJsonLines(io, (line, n) => searchJsonLine(app, line, n, k));
    } finally {
      await app.close();
      await app.store.close();
    }
    return 0;
  },
};
