/**
 * Where the source data is: `--data DIR`, else `RAREDESK_DATA`, else `<project root>/../shared/data`
 * when present, else the public sources downloaded once into the cache folder.
 */
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import * as tar from 'tar';
import { PROJECT_ROOT, type Config } from '../config.js';
import { AppError } from '../errors.js';

export const DEFAULT_MEDQUAD_URL = 'https://codeload.github.com/abachaa/MedQuAD/tar.gz/refs/heads/master';
export const DEFAULT_GARD_URL = 'https://w3id.org/biopragmatics/resources/gard/gard.tsv';

/** Dates of the source snapshot, written beside downloaded data (`raredesk-snapshot.json`). */
export interface SnapshotDates {
  /** When MedQuAD's content was last changed (ISO date). */
  medquad: string;
  /** When the GARD catalog was exported (ISO date). */
  gard: string;
}

/**
 * Snapshot dates of the shared data folder, which carries no date of its own (its files' times are
 * those of the copy): MedQuAD as released with its paper (BMC Bioinformatics 2019;20:511, published
 * 2019-10-22; the answers were crawled before), the GARD catalog as exported (2025-10-31, see
 * `gard/SOURCE-README.md` and the data README). See src/import/README.md.
 */
export const SHARED_SNAPSHOT: SnapshotDates = { medquad: '2019-10-22', gard: '2025-10-31' };

const SNAPSHOT_FILE = 'raredesk-snapshot.json';

export type DataOrigin = 'option' | 'env' | 'shared' | 'download' | 'cache';

export interface DataLocation {
  dir: string;
  origin: DataOrigin;
  snapshot: SnapshotDates;
}

export interface LocateOptions {
  /** `--data DIR`. */
  dataDir?: string | null;
  config: Pick<Config, 'dataDir' | 'cacheDir'>;
  /** Download URLs (default: env `RAREDESK_MEDQUAD_URL` / `RAREDESK_GARD_URL`, else the public sources). */
  medquadUrl?: string;
  gardUrl?: string;
  /** The shared folder looked for before downloading (default `<project root>/../shared/data`). */
  sharedDir?: string;
  onDownload?: (what: string, bytes: number) => void;
}

/** Finds the data folder, downloading the public sources into `config.cacheDir` when there is none. */
export async function locateData(options: LocateOptions): Promise<DataLocation> {
  const explicit: Array<[string | null | undefined, DataOrigin]> = [
    [options.dataDir, 'option'],
    [options.config.dataDir, 'env'],
  ];
  for (const [dir, origin] of explicit) {
    if (!dir) continue;
    const resolved = path.resolve(dir);
    if (!fs.existsSync(path.join(resolved, 'medquad'))) {
      throw new AppError('data_unavailable', `no medquad/ folder in the data folder ${resolved}`);
    }
    return { dir: resolved, origin, snapshot: await readSnapshot(resolved) };
  }
  const shared = options.sharedDir ?? path.resolve(PROJECT_ROOT, '..', 'shared', 'data');
  if (fs.existsSync(path.join(shared, 'medquad'))) {
    return { dir: shared, origin: 'shared', snapshot: await readSnapshot(shared) };
  }
  const cached = path.join(options.config.cacheDir, 'data');
  if (fs.existsSync(path.join(cached, SNAPSHOT_FILE))) {
    return { dir: cached, origin: 'cache', snapshot: await readSnapshot(cached) };
  }
  const snapshot = await downloadSources(cached, {
    medquadUrl: options.medquadUrl ?? process.env.RAREDESK_MEDQUAD_URL ?? DEFAULT_MEDQUAD_URL,
    gardUrl: options.gardUrl ?? process.env.RAREDESK_GARD_URL ?? DEFAULT_GARD_URL,
    onDownload: options.onDownload,
  });
  return { dir: cached, origin: 'download', snapshot };
}

async function readSnapshot(dir: string): Promise<SnapshotDates> {
  try {
    const parsed = JSON.parse(
      await fsp.readFile(path.join(dir, SNAPSHOT_FILE), 'utf8'),
    ) as Partial<SnapshotDates>;
    return { medquad: parsed.medquad ?? SHARED_SNAPSHOT.medquad, gard: parsed.gard ?? SHARED_SNAPSHOT.gard };
  } catch {
    return SHARED_SNAPSHOT;
  }
}

/** Fetches `url`, turning network failures into `offline` and HTTP errors into `data_unavailable`. */
async function get(url: string, what: string): Promise<Response> {
  let response: Response;
  try {
    response = await fetch(url, { redirect: 'follow' });
  } catch (err) {
    const cause = err instanceof Error && err.cause instanceof Error ? err.cause.message : String(err);
    throw new AppError(
      'offline',
      `cannot download ${what} from ${url} (${cause}); pass --data DIR or set RAREDESK_DATA to a local copy`,
      { url },
      { cause: err },
    );
  }
  if (!response.ok || !response.body) {
    throw new AppError(
      'data_unavailable',
      `downloading ${what} from ${url} failed: HTTP ${response.status}`,
      {
        url,
      },
    );
  }
  return response;
}

function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** Counts the bytes going through, for progress reports. */
function counting(body: ReadableStream<Uint8Array>, onBytes: (total: number) => void): Readable {
  let total = 0;
  const stream = Readable.fromWeb(body as WebReadableStream<Uint8Array>);
  stream.on('data', (chunk: Buffer) => {
    total += chunk.length;
    onBytes(total);
  });
  return stream;
}

/**
 * Downloads MedQuAD's repository archive (its `*_QA*` folders and readme/license, extracted into
 * `medquad/`) and the GARD catalog (`gard/gard.tsv`) into `target`, via a temporary folder so a failed
 * download leaves nothing half-written. The MedQuAD date is the newest file time in the archive (the
 * last commit), the GARD date the server's Last-Modified (else today).
 */
export async function downloadSources(
  target: string,
  options: {
    medquadUrl: string;
    gardUrl: string;
    onDownload?: ((what: string, bytes: number) => void) | undefined;
  },
): Promise<SnapshotDates> {
  const temp = `${target}.partial-${process.pid}`;
  await fsp.rm(temp, { recursive: true, force: true });
  await fsp.mkdir(path.join(temp, 'medquad'), { recursive: true });
  await fsp.mkdir(path.join(temp, 'gard'), { recursive: true });
  try {
    let newest = 0;
    const archive = await get(options.medquadUrl, 'the MedQuAD archive');
    await pipeline(
      counting(archive.body!, (n) => options.onDownload?.('MedQuAD', n)),
      tar.x({
        cwd: path.join(temp, 'medquad'),
        strip: 1,
        filter: (entryPath, entry) => {
          const keep = /^[^/]+\/(\d+_[^/]*_QA[^/]*\/[^/]+\.xml|readme\.txt|LICENSE\.txt)$/i.test(entryPath);
          const mtime = 'mtime' in entry ? entry.mtime : undefined;
          if (keep && mtime instanceof Date) newest = Math.max(newest, mtime.getTime());
          return keep;
        },
      }),
    );
    const catalog = await get(options.gardUrl, 'the GARD catalog');
    await pipeline(
      counting(catalog.body!, (n) => options.onDownload?.('GARD catalog', n)),
      fs.createWriteStream(path.join(temp, 'gard', 'gard.tsv')),
    );
    const lastModified = catalog.headers.get('last-modified');
    const snapshot: SnapshotDates = {
      medquad: isoDate(newest > 0 ? new Date(newest) : new Date()),
      gard: isoDate(lastModified ? new Date(lastModified) : new Date()),
    };
    await fsp.writeFile(path.join(temp, SNAPSHOT_FILE), `${JSON.stringify(snapshot, null, 2)}\n`);
    await fsp.rm(target, { recursive: true, force: true });
    await fsp.mkdir(path.dirname(target), { recursive: true });
    await fsp.rename(temp, target);
    return snapshot;
  } catch (err) {
    await fsp.rm(temp, { recursive: true, force: true });
    if (err instanceof AppError) throw err;
    throw new AppError(
      'data_unavailable',
      `could not unpack the downloaded sources: ${String(err)}`,
      undefined,
      {
        cause: err,
      },
    );
  }
}
