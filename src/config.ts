/**
 * Runtime configuration, read from the environment once. Every setting has a default that works
 * on a fresh machine with the embedded SQLite database.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project's root folder (where package.json is), from both src/ and dist/src/. */
export const PROJECT_ROOT = (() => {
  const here = path.dirname(fileURLToPath(import.meta.url));
  return here.includes(`${path.sep}dist${path.sep}`)
    ? path.resolve(here, '..', '..')
    : path.resolve(here, '..');
})();

export interface Config {
  /** SQLite file, or a `postgres://` URL. */
  database: string;
  /** Data folder override (`--data` beats it); see src/import for the lookup order. */
  dataDir: string | null;
  /** Where downloaded sources are cached. */
  cacheDir: string;
  centerName: string;
  signature: string;
  port: number;
  smtp: {
    host: string;
    port: number;
    secure: boolean;
    user: string | null;
    pass: string | null;
    from: string;
  };
  /** Base URL of the public site, used in letters ("write back" links). */
  publicUrl: string;
  /** Articles older than this many days are listed as stale. */
  staleAfterDays: number;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  return {
    database: env.RAREDESK_DB ?? path.join(PROJECT_ROOT, 'var', 'raredesk.sqlite'),
    dataDir: env.RAREDESK_DATA ?? null,
    cacheDir: env.RAREDESK_CACHE ?? path.join(PROJECT_ROOT, 'var', 'cache'),
    centerName: env.RAREDESK_CENTER_NAME ?? 'Rare Disease Information Desk',
    signature: env.RAREDESK_SIGNATURE ?? 'Information Specialist',
    port: Number(env.PORT ?? env.RAREDESK_PORT ?? 3000),
    smtp: {
      host: env.SMTP_HOST ?? '127.0.0.1',
      port: Number(env.SMTP_PORT ?? 25),
      secure: env.SMTP_SECURE === 'true',
      user: env.SMTP_USER ?? null,
      pass: env.SMTP_PASS ?? null,
      from: env.SMTP_FROM ?? 'raredesk <desk@localhost>',
    },
    publicUrl: env.RAREDESK_PUBLIC_URL ?? 'http://localhost:3000',
    staleAfterDays: Number(env.RAREDESK_STALE_DAYS ?? 730),
  };
}
