/** `raredesk <command> [options]`: dispatches to a command and turns errors into exit codes. */
import { loadConfig } from '../config.js';
import { exitCode, toAppError } from '../errors.js';
import type { CliIO } from './command.js';
import { COMMANDS } from './commands/index.js';

export async function main(argv: string[], io: CliIO): Promise<number> {
  const [name, ...args] = argv;
  if (!name || name === 'help' || name === '--help' || name === '-h') {
    io.stdout.write(
      'raredesk: a rare-disease information desk\n\nUsage: raredesk <command> [options]\n\nCommands:\n',
    );
    for (const c of COMMANDS) io.stdout.write(`  ${c.name.padEnd(12)} ${c.summary}\n`);
    io.stdout.write('\nRun `raredesk <command> --help` for its options.\n');
    return name ? 0 : 2;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    io.stderr.write(`raredesk: unknown command "${name}" (run \`raredesk help\`)\n`);
    return 2;
  }
  if (args.includes('--help') || args.includes('-h')) {
    io.stdout.write(`${command.usage}\n`);
    return 0;
  }
  try {
    return await command.run(args, loadConfig(), io);
  } catch (err) {
    const e = toAppError(err);
    io.stderr.write(`raredesk ${name}: ${e.message}\n`);
    if (e.code === 'internal' && process.env.RAREDESK_DEBUG) io.stderr.write(`${String(e.stack)}\n`);
    return exitCode(e.code);
  }
}
