/**
 * The `--jsonl` protocol of `raredesk analyze` and `raredesk search`: stdin holds one
 * `{"id", "text", "subject"?}` object per line, and each line gets one output line. A bad line, or one
 * whose answer fails, gets `{"id", "error": "line N: ..."}` and the run goes on; blank lines are skipped.
 */
import readline from 'node:readline';
import type { CliIO } from './command.js';

/** One input line, checked. */
export interface MessageLine {
  id: unknown;
  text: string;
  subject: string | undefined;
}

/**
 * The output line for one input line (never throws): `{"id", ...respond(input)}`, or the error.
 * `nonEmptyText` also refuses a blank `text`.
 */
export function jsonLineOutput(
  line: string,
  lineNumber: number,
  respond: (input: MessageLine) => Record<string, unknown>,
  options: { nonEmptyText?: boolean } = {},
): string {
  let id: unknown = null;
  try {
    const input = JSON.parse(line) as unknown;
    if (!input || typeof input !== 'object' || Array.isArray(input)) throw new Error('not a JSON object');
    const obj = input as Record<string, unknown>;
    id = obj.id ?? null;
    if (options.nonEmptyText) {
      if (typeof obj.text !== 'string' || obj.text.trim() === '')
        throw new Error('"text" must be a non-empty string');
    } else if (typeof obj.text !== 'string') throw new Error('"text" must be a string');
    if (obj.subject != null && typeof obj.subject !== 'string') throw new Error('"subject" must be a string');
    const subject = typeof obj.subject === 'string' ? obj.subject : undefined;
    return JSON.stringify({ id, ...respond({ id, text: obj.text, subject }) });
  } catch (err) {
    const reason = err instanceof Error ? err.message : String(err);
    return JSON.stringify({ id, error: `line ${lineNumber}: ${reason}` });
  }
}

/** Reads stdin line by line and writes `output(line, lineNumber)` for each non-blank line. */
export async function runJsonLines(
  io: CliIO,
  output: (line: string, lineNumber: number) => string,
): Promise<void> {
  const lines = readline.createInterface({ input: io.stdin, crlfDelay: Infinity });
  let n = 0;
  for await (const line of lines) {
    n++;
    if (line.trim() === '') continue;
    io.stdout.write(`${output(line, n)}\n`);
  }
}
