/**
 * `raredesk ask "<text>" [--subject S] [--format text|markdown|html|json] [--data DIR]`: the reply
 * letter for one message. Imports the knowledge base first when the store is empty.
 */
import { createApp } from '../../app.js';
import type { App } from '../../app.js';
import type { LetterFormat } from '../../compose/index.js';
import type { Config } from '../../config.js';
import { AppError } from '../../errors.js';
import { ensureKnowledgeBase } from '../../import/index.js';
import { openStore } from '../../store/index.js';
import type { CliIO, Command } from '../command.js';

const FORMATS: readonly LetterFormat[] = ['text', 'markdown', 'html', 'json'];

/** Options shared by `ask` and `search`: `--name value` pairs and at most one positional argument. */
export function parseOptions(
  args: string[],
  known: readonly string[],
  flags: readonly string[] = [],
): { positional: string | null; options: Map<string, string> } {
  const options = new Map<string, string>();
  let positional: string | null = null;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (flags.includes(arg)) options.set(arg, 'true');
    else if (known.includes(arg)) {
      const value = args[++i];
      if (value === undefined) throw new AppError('bad_input', `${arg} needs a value`);
      options.set(arg, value);
    } else if (arg.startsWith('--')) throw new AppError('bad_input', `unknown option ${arg}`);
    else if (positional === null) positional = arg;
    else throw new AppError('bad_input', 'give the message as one quoted argument');
  }
  return { positional, options };
}

/**
 * Opens the store, imports the knowledge base if it is empty (progress on stderr), and builds the
 * App. The caller closes the returned App and then the store (`app.store.close()`).
 */
export async function openCliApp(config: Config, io: CliIO, dataDir: string | undefined): Promise<App> {
  const effective = dataDir ? { ...config, dataDir } : config;
  const store = await openStore(effective.database);
  try {
    await ensureKnowledgeBase(store, effective, io);
    return await createApp(effective, store);
  } catch (err) {
    await store.close();
    throw err;
  }
}

export const askCommand: Command = {
  name: 'ask',
  summary: 'Draft the reply letter to a question',
  usage:
    'Usage: raredesk ask "<text>" [--subject S] [--format text|markdown|html|json] [--data DIR]\n\n' +
    'Prints the reply letter drafted for the message (text by default). Imports the knowledge base\n' +
    'first if the database is empty.',
  async run(args, config, io) {
    const { positional, options } = parseOptions(args, ['--subject', '--format', '--data']);
    if (!positional?.trim())
      throw new AppError('bad_input', 'give the question text, e.g. raredesk ask "How is X treated?"');
    const format = (options.get('--format') ?? 'text') as LetterFormat;
    if (!FORMATS.includes(format)) {
      throw new AppError('bad_input', `--format must be one of ${FORMATS.join(', ')} (got "${format}")`);
    }
    const app = await openCliApp(config, io, options.get('--data'));
    try {
      const letter = await app.answer(positional, { subject: options.get('--subject') });
      io.stdout.write(app.render(letter, format));
    } finally {
      await app.close();
      await app.store.close();
    }
    return 0;
  },
};
