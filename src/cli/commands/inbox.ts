/**
 * `raredesk inbox import <mbox file | .eml file | folder of .eml>`: turns emailed questions into
 * inquiries and drafts their replies. Prints what was imported, skipped as a duplicate, or could
 * not be read (exit code 4 when any message could not be read).
 */
import { parseArgs } from 'node:util';
import { importInbox } from '../../desk/index.js';
import { AppError, exitCode } from '../../errors.js';
import type { Command } from '../command.js';
import { openCliApp } from './ask.js';

export const inboxCommand: Command = {
  name: 'inbox',
  summary: 'Import emailed questions as inquiries (mbox file or folder of .eml files)',
  usage:
    'Usage: raredesk inbox import <mbox file | .eml file | folder of .eml files> [--data DIR]\n\n' +
    'Each message becomes an inquiry with a drafted reply. Messages already imported (same\n' +
    'Message-ID) are skipped; attachments are listed in the inquiry but not stored.',
  async run(args, config, io) {
    const [action, ...rest] = args;
    if (action !== 'import') throw new AppError('bad_input', 'say `raredesk inbox import <path>`');
    const { values, positionals } = parseArgs({
      args: rest,
      options: { data: { type: 'string' } },
      allowPositionals: true,
      strict: true,
    });
    const target = positionals[0];
    if (!target || positionals.length > 1) throw new AppError('bad_input', 'give one mbox file or folder');
    const app = await openCliApp(config, io, values.data);
    try {
      const report = await importInbox(app, target);
      for (const r of report.imported) io.stdout.write(`imported   ${r.source} as ${r.reference}\n`);
      for (const r of report.duplicates) io.stdout.write(`duplicate  ${r.source} (already imported)\n`);
      for (const r of report.unreadable) io.stdout.write(`unreadable ${r.source}: ${r.reason}\n`);
      io.stdout.write(
        `${report.imported.length} imported, ${report.duplicates.length} duplicates, ${report.unreadable.length} unreadable\n`,
      );
      return report.unreadable.length > 0 ? exitCode('partial') : 0;
    } finally {
      await app.close();
      await app.store.close();
    }
  },
};
