/** `raredesk import [--data DIR]`: imports (or refreshes) the knowledge base, with a summary table at the end. */
import { AppError } from '../../errors.js';
import { formatImportSummary, importKnowledgeBase, progressBar } from '../../import/index.js';
import { openStore } from '../../store/index.js';
import type { Command } from '../command.js';

/** Parses `--data DIR` / `--data=DIR`; anything else is a `bad_input`. */
export function parseImportArgs(args: string[]): { dataDir: string | null } {
  let dataDir: string | null = null;
  for (let i = 0; i < args.length; i++) {
    const [flag, inline] = args[i].split(/=(.*)/s, 2) as [string, string | undefined];
    if (flag !== '--data')
      throw new AppError('bad_input', `unknown option "${flag}" (see raredesk import --help)`);
    const value = inline ?? args[++i];
    if (!value) throw new AppError('bad_input', '--data needs a folder');
    dataDir = value;
  }
  return { dataDir };
}

export const importCommand: Command = {
  name: 'import',
  summary: 'Import or refresh the knowledge base from MedQuAD and the GARD catalog',
  usage: [
    'Usage: raredesk import [--data DIR]',
    '',
    'Reads the data folder (--data DIR, else RAREDESK_DATA, else ../shared/data beside the project, else',
    'downloads the public sources into the cache) and writes conditions and articles into the database.',
    'Running it again changes only what changed in the sources (each change is versioned).',
    'Exit status 4 when some files were skipped (listed with the reason).',
  ].join('\n'),
  async run(args, config, io) {
    const { dataDir } = parseImportArgs(args);
    const store = await openStore(config.database);
    const bar = progressBar(io);
    try {
      const summary = await importKnowledgeBase(store, {
        dataDir,
        config,
        actor: 'import',
        onProgress: bar.onProgress,
      });
      bar.stop();
      io.stdout.write(formatImportSummary(summary));
      if (summary.skipped.length > 0) {
        throw new AppError(
          'partial',
          `${summary.skipped.length} file(s) or record(s) skipped (listed above)`,
        );
      }
      return 0;
    } finally {
      bar.stop();
      await store.close();
    }
  },
};
