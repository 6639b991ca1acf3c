/**
 * `raredesk serve [--port N] [--host H] [--data DIR]`: opens the store, imports the knowledge base
 * if it is empty (with a progress bar), builds the App and serves the website, the JSON API and
 * the staff console until SIGINT/SIGTERM. Logs are JSON lines on stdout, without personal data.
 */
import { createApp } from '../../app.js';
import type { Config } from '../../config.js';
import { AppError } from '../../errors.js';
import { ensureKnowledgeBase } from '../../import/index.js';
import { openStore } from '../../store/index.js';
import { jsonLineLogger, startServer } from '../../web/index.js';
import type { Command } from '../command.js';

interface ServeArgs {
  port: number;
  host: string;
  dataDir: string | null;
}

/** Parses `--port N`, `--host H` and `--data DIR` (also `--port=N` forms). */
export function parseServeArgs(args: string[], config: Config): ServeArgs {
  const out: ServeArgs = {
    port: config.port,
    host: process.env.RAREDESK_HOST ?? '127.0.0.1',
    dataDir: config.dataDir,
  };
  for (let i = 0; i < args.length; i++) {
    const [flag, inline] = args[i].split(/=(.*)/s, 2) as [string, string | undefined];
    const value = (): string => {
      const v = inline ?? args[++i];
      if (v === undefined || v === '') throw new AppError('bad_input', `${flag} needs a value`);
      return v;
    };
    if (flag === '--port' || flag === '-p') {
      const port = Number(value());
      if (!Number.isInteger(port) || port < 0 || port > 65535) {
        throw new AppError('bad_input', `--port must be a whole number from 0 to 65535`);
      }
      out.port = port;
    } else if (flag === '--host') out.host = value();
    else if (flag === '--data') out.dataDir = value();
    else throw new AppError('bad_input', `unknown option "${flag}" (see raredesk serve --help)`);
  }
  return out;
}

/** Resolves on the first SIGINT or SIGTERM. */
function untilSignal(): Promise<string> {
  return new Promise((resolve) => {
    const stop = (signal: string) => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve(signal);
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}

export const serveCommand: Command = {
  name: 'serve',
  summary: 'Serve the public website, the JSON API and the staff console',
  usage: [
    'Usage: raredesk serve [--port N] [--host H] [--data DIR]',
    '',
    '  --port N     port to listen on (default: PORT or RAREDESK_PORT, else 3000; 0 picks a free one)',
    '  --host H     interface to bind (default: RAREDESK_HOST, else 127.0.0.1; 0.0.0.0 for all)',
    '  --data DIR   data folder for the first import (default: RAREDESK_DATA, else ../shared/data)',
    '',
    'Imports the knowledge base first when the database is empty. Health checks: /healthz, /readyz.',
    'Set RAREDESK_SECURE_COOKIES=true behind TLS, RAREDESK_SESSION_SECRET to keep staff sessions across restarts.',
  ].join('\n'),
  async run(args, config, io) {
    const options = parseServeArgs(args, config);
    const effective: Config = { ...config, dataDir: options.dataDir };
    const store = await openStore(effective.database);
    try {
      await ensureKnowledgeBase(store, effective, io);
      const app = await createApp(effective, store);
      const log = jsonLineLogger(io.stdout);
      const server = await startServer(app, {
        port: options.port,
        host: options.host,
        log,
        staff: { secureCookies: process.env.RAREDESK_SECURE_COOKIES === 'true' },
      });
      io.stdout.write(
        `${JSON.stringify({ time: new Date().toISOString(), level: 'info', msg: 'listening', url: server.url })}\n`,
      );
      const signal = await untilSignal();
      io.stdout.write(
        `${JSON.stringify({ time: new Date().toISOString(), level: 'info', msg: 'stopping', signal })}\n`,
      );
      await server.close();
      await app.close();
      return 0;
    } finally {
      await store.close().catch(() => undefined);
    }
  },
};
