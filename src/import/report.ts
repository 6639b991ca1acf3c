/** Showing an import on a terminal: a progress bar while it runs, a summary table at the end. */
import cliProgress from 'cli-progress';
import type { CliIO } from '../cli/index.js';
import type { ImportProgress, ImportSummary } from './importer.js';

const PHASE_LABELS: Record<ImportProgress['phase'], string> = {
  download: 'Downloading sources',
  read: 'Reading files      ',
  write: 'Writing database   ',
};

/**
 * A progress callback drawing a bar on stderr when it is a terminal (nothing otherwise), and `stop`
 * to clear it. Downloads show a byte count, since their size is not known in advance.
 */
export function progressBar(io: Pick<CliIO, 'stderr' | 'isTTY'>): {
  onProgress: (p: ImportProgress) => void;
  stop: () => void;
} {
  if (!io.isTTY) return { onProgress: () => undefined, stop: () => undefined };
  const bar = new cliProgress.SingleBar(
    {
      stream: io.stderr,
      format: '{phase} [{bar}] {value}/{total}',
      hideCursor: true,
      clearOnComplete: true,
    },
    cliProgress.Presets.shades_classic,
  );
  let phase: ImportProgress['phase'] | null = null;
  return {
    onProgress(p) {
      const total = p.total > 0 ? p.total : Math.max(p.done, 1);
      if (p.phase !== phase) {
        if (phase) bar.stop();
        phase = p.phase;
        bar.start(total, p.done, { phase: PHASE_LABELS[p.phase] });
      } else {
        bar.setTotal(total);
        bar.update(p.done);
      }
    },
    stop() {
      if (phase) bar.stop();
      phase = null;
    },
  };
}

/** A plain-text table: text left-aligned, numbers right-aligned. */
export function formatTable(header: string[], rows: Array<Array<string | number>>): string {
  const cells = [header, ...rows.map((r) => r.map(String))];
  const widths = header.map((_, i) => Math.max(...cells.map((r) => (r[i] ?? '').length)));
  const numeric = header.map((_, i) => rows.length > 0 && rows.every((r) => typeof r[i] === 'number'));
  const line = (r: string[]) =>
    r
      .map((cell, i) => (numeric[i] ? cell.padStart(widths[i]) : cell.padEnd(widths[i])))
      .join('  ')
      .trimEnd();
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.slice(1).map(line)].join('\n');
}

/** The end-of-import report: totals, articles by collection, changes, and skipped files with reasons. */
export function formatImportSummary(summary: ImportSummary): string {
  const collections = Object.entries(summary.byCollection).sort(([a], [b]) => a.localeCompare(b));
  const parts = [
    `Imported from ${summary.dataDir} (${summary.origin}) in ${(summary.durationMs / 1000).toFixed(1)} s`,
    '',
    formatTable(
      ['', 'total'],
      [
        ['conditions', summary.conditions],
        ['names', summary.names],
        ['articles (QA pairs)', summary.articles],
        ['  with answer text', summary.articlesWithText],
        ['  with an answer to show', summary.articlesWithAnswer],
        ['phenotype rows', summary.phenotypes],
      ],
    ),
    '',
    formatTable(
      ['collection', 'files', 'articles', 'with text', 'shown'],
      collections.map(([name, c]) => [name, c.files, c.articles, c.withText, c.withAnswer]),
    ),
    '',
    formatTable(
      ['changes', 'inserted', 'updated', 'unchanged'],
      [
        [
          'conditions',
          summary.conditionChanges.inserted,
          summary.conditionChanges.updated,
          summary.conditionChanges.unchanged,
        ],
        [
          'articles',
          summary.articleChanges.inserted,
          summary.articleChanges.updated,
          summary.articleChanges.unchanged,
        ],
      ],
    ),
  ];
  if (summary.skipped.length > 0) {
    parts.push(
      '',
      `Skipped ${summary.skipped.length}:`,
      ...summary.skipped.map((s) => `  ${s.path}: ${s.reason}`),
    );
  }
  return `${parts.join('\n')}\n`;
}
