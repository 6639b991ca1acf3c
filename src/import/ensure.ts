/** First-run set-up for commands that need a knowledge base (`raredesk ask`, `raredesk serve`). */
import type { CliIO } from '../cli/index.js';
import type { Config } from '../config.js';
import type { Store } from '../store/index.js';
import { importKnowledgeBase, type ImportSummary } from './importer.js';
import { progressBar } from './report.js';

/**
 * Imports the knowledge base when the store has no articles yet (drawing a progress bar on a terminal),
 * and does nothing otherwise. Returns the import's summary, or null when nothing was needed.
 * Skipped files are reported on stderr but do not fail the caller.
 */
export async function ensureKnowledgeBase(
  store: Store,
  config: Config,
  io: Pick<CliIO, 'stderr' | 'isTTY'>,
): Promise<ImportSummary | null> {
  if ((await store.stats()).articles > 0) return null;
  io.stderr.write('The knowledge base is empty: importing it (once)...\n');
  const bar = progressBar(io);
  let summary: ImportSummary;
  try {
    summary = await importKnowledgeBase(store, { actor: 'import', config, onProgress: bar.onProgress });
  } finally {
    bar.stop();
  }
  io.stderr.write(
    `Imported ${summary.conditions} conditions and ${summary.articles} articles in ${(summary.durationMs / 1000).toFixed(1)} s` +
      (summary.skipped.length > 0
        ? ` (${summary.skipped.length} skipped: run \`raredesk import\` for details)`
        : '') +
      '\n',
  );
  return summary;
}
