/**
 * `raredesk orgs import <file.csv> [--dry-run] [--json]`: imports organizations from CSV (columns
 * name, kind, email, phone, website, country, conditions; see src/desk/curation/organizations.ts).
 * Accepted rows are saved in one transaction; rejected rows are listed with their line and reason,
 * and the command then exits with the `partial` code (4).
 * `raredesk orgs list`: the organizations in the knowledge base.
 */
import fs from 'node:fs/promises';
import { AppError, exitCode } from '../../errors.js';
import {
  importOrganizationsCsv,
  storeConditionResolver,
  validateOrganizationsCsv,
  type ImportReport,
  type RejectedRow,
} from '../../desk/curation/index.js';
import { openStore } from '../../store/index.js';
import type { CliIO, Command } from '../command.js';

const USAGE = `Usage: raredesk orgs import <file.csv> [--dry-run] [--json]
       raredesk orgs list

import   Reads organizations from CSV with a header row: name, kind, email, phone, website,
         country, conditions (condition ids or exact names separated by ";"), and optionally
         description. A row with a problem is reported (line and reason) and skipped; the others
         are saved together. An organization with the same name is updated.
         --dry-run  check the file and report, without saving
         --json     print the report as JSON
list     Prints every organization with its kind, country and condition ids.`;

/** Largest CSV file read. */
const MAX_CSV_BYTES = 20 * 1024 * 1024;

function parseImportArgs(args: string[]): { file: string; dryRun: boolean; json: boolean } {
  let file: string | null = null;
  let dryRun = false;
  let json = false;
  for (const a of args) {
    if (a === '--dry-run') dryRun = true;
    else if (a === '--json') json = true;
    else if (a.startsWith('--')) throw new AppError('bad_input', `unknown option ${a}`);
    else if (file === null) file = a;
    else throw new AppError('bad_input', 'give one CSV file');
  }
  if (!file) throw new AppError('bad_input', 'give the CSV file to import: raredesk orgs import <file.csv>');
  return { file, dryRun, json };
}

async function readCsv(file: string): Promise<string> {
  let stat;
  try {
    stat = await fs.stat(file);
  } catch {
    throw new AppError('not_found', `${file}: no such file`);
  }
  if (!stat.isFile()) throw new AppError('bad_input', `${file}: not a file`);
  if (stat.size > MAX_CSV_BYTES)
    throw new AppError('too_large', `${file}: over ${MAX_CSV_BYTES / 1024 / 1024} MB`);
  return fs.readFile(file, 'utf8');
}

function rejectedLines(rejected: RejectedRow[]): string[] {
  if (rejected.length === 0) return [];
  return [
    'Rejected rows:',
    ...rejected.map((r) => `  line ${r.line}${r.name ? ` (${r.name})` : ''}: ${r.reason}`),
  ];
}

/** The import report as a person reads it. */
export function formatImportReport(report: ImportReport): string {
  const head = `Read ${report.rows} row(s): ${report.inserted} new, ${report.updated} updated, ${report.unchanged} unchanged, ${report.rejected.length} rejected.`;
  return `${[head, ...rejectedLines(report.rejected)].join('\n')}\n`;
}

function formatDryRun(result: { rows: number; accepted: number; rejected: RejectedRow[] }): string {
  const head = `Read ${result.rows} row(s): ${result.accepted} acceptable, ${result.rejected.length} rejected (dry run: nothing saved).`;
  return `${[head, ...rejectedLines(result.rejected)].join('\n')}\n`;
}

async function runImport(args: string[], database: string, io: CliIO): Promise<number> {
  const { file, dryRun, json } = parseImportArgs(args);
  const text = await readCsv(file);
  const store = await openStore(database);
  try {
    if (dryRun) {
      const v = await validateOrganizationsCsv(text, storeConditionResolver(store));
      const result = { rows: v.rows, accepted: v.accepted.length, rejected: v.rejected, dryRun };
      io.stdout.write(json ? `${JSON.stringify(result)}\n` : formatDryRun(result));
      return v.rejected.length ? exitCode('partial') : 0;
    }
    const report = await importOrganizationsCsv(store, text);
    io.stdout.write(json ? `${JSON.stringify(report)}\n` : formatImportReport(report));
    return report.rejected.length ? exitCode('partial') : 0;
  } finally {
    await store.close();
  }
}

async function runList(database: string, io: CliIO): Promise<number> {
  const store = await openStore(database);
  try {
    const orgs = await store.listOrganizations();
    for (const o of orgs) {
      io.stdout.write(`${o.id}\t${o.name}\t${o.kind}\t${o.country ?? ''}\t${o.conditionIds.join(';')}\n`);
    }
    if (orgs.length === 0)
      io.stderr.write('No organizations yet: import some with `raredesk orgs import`.\n');
    return 0;
  } finally {
    await store.close();
  }
}

export const orgsCommand: Command = {
  name: 'orgs',
  summary: 'Import organizations from CSV (with a report of rejected rows), or list them',
  usage: USAGE,
  async run(args, config, io) {
    const [sub, ...rest] = args;
    if (sub === 'import') return runImport(rest, config.database, io);
    if (sub === 'list') return runList(config.database, io);
    throw new AppError('bad_input', `unknown subcommand "${sub ?? ''}"; use import or list`);
  },
};
