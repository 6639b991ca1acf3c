/**
 * `raredesk user add --email E --name N --role admin|specialist|curator [--password-stdin]` creates
 * a staff account (the first admin, typically); `raredesk user list` lists accounts.
 * Without `--password-stdin` the password is asked for on the terminal, without echo.
 */
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { createStaffUser } from '../../desk/index.js';
import { AppError } from '../../errors.js';
import { openStore } from '../../store/index.js';
import type { CliIO, Command } from '../command.js';

/** Reads everything on stdin (for `--password-stdin`), without the final line break. */
async function readAll(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk)));
  return Buffer.concat(chunks)
    .toString('utf8')
    .replace(/\r?\n$/, '');
}

/** Asks for a line on the terminal without echoing what is typed. */
function promptHidden(io: CliIO, question: string): Promise<string> {
  return new Promise((resolve) => {
    io.stderr.write(question);
    const rl = createInterface({ input: io.stdin, terminal: true });
    const out = rl as unknown as { _writeToOutput?: (s: string) => void };
    out._writeToOutput = () => undefined;
    rl.question('', (answer) => {
      rl.close();
      io.stderr.write('\n');
      resolve(answer);
    });
  });
}

async function readPassword(io: CliIO, fromStdin: boolean): Promise<string> {
  if (fromStdin) return readAll(io.stdin);
  const stdin = io.stdin as NodeJS.ReadableStream & { isTTY?: boolean };
  if (!stdin.isTTY)
    throw new AppError('bad_input', 'no terminal to ask for the password: use --password-stdin');
  const first = await promptHidden(io, 'Password: ');
  const second = await promptHidden(io, 'Repeat the password: ');
  if (first !== second) throw new AppError('bad_input', 'the two passwords differ');
  return first;
}

export const userCommand: Command = {
  name: 'user',
  summary: 'Manage staff accounts (add, list)',
  usage:
    'Usage: raredesk user add --email E --name N --role admin|specialist|curator [--password-stdin]\n' +
    '       raredesk user list\n\n' +
    'Passwords need at least 12 characters; without --password-stdin it is asked for on the terminal.',
  async run(args, config, io) {
    const [action, ...rest] = args;
    if (action !== 'add' && action !== 'list') {
      throw new AppError('bad_input', 'say `raredesk user add ...` or `raredesk user list`');
    }
    const { values } = parseArgs({
      args: rest,
      options: {
        email: { type: 'string' },
        name: { type: 'string' },
        role: { type: 'string' },
        'password-stdin': { type: 'boolean', default: false },
      },
      strict: true,
    });
    if (action === 'add') {
      for (const field of ['email', 'name', 'role'] as const) {
        if (!values[field]) throw new AppError('bad_input', `--${field} is required`);
      }
    }
    const password = action === 'add' ? await readPassword(io, values['password-stdin'] === true) : '';
    const store = await openStore(config.database);
    try {
      if (action === 'list') {
        for (const u of await store.listUsers())
          io.stdout.write(`${u.id}\t${u.role}\t${u.email}\t${u.name}\n`);
        return 0;
      }
      const user = await createStaffUser(store, {
        email: values.email ?? '',
        name: values.name ?? '',
        role: values.role ?? '',
        password,
      });
      await store.addAudit({
        inquiryId: null,
        actor: 'cli',
        action: 'account_created',
        detail: `${user.id} as ${user.role}`,
      });
      io.stdout.write(`Created ${user.role} account ${user.email} (${user.id}).\n`);
      return 0;
    } finally {
      await store.close();
    }
  },
};
