/**
 * The real knowledge base for tests: the shared data imported once into `var/test/kb.sqlite` and
 * reused by every later test file and run, as long as the import finished (a marker file is written
 * after it) and the code of src/import, src/store and src/kb is the one that built it (the marker keeps
 * its hash; any change there rebuilds the file, about a minute).
 *
 *   const store = await openTestKb();      // read-only use: do not write to it
 *   const store = await openTestKbCopy();  // a private copy in a temp folder: write freely
 *
 * Close the store when done. Processes running in parallel wait for the one that imports.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { PROJECT_ROOT, loadConfig } from '../../src/config.js';
import { importKnowledgeBase, type ImportSummary } from '../../src/import/index.js';
import { openStore, type Store } from '../../src/store/index.js';

export const TEST_KB_PATH = path.join(PROJECT_ROOT, 'var', 'test', 'kb.sqlite');
const MARKER = `${TEST_KB_PATH}.complete`;
const LOCK = `${TEST_KB_PATH}.lock`;
/** How long a process waits for another one's import before giving up. */
const WAIT_LIMIT_MS = 15 * 60 * 1000;

/** Hash of the code that decides what the knowledge base file contains (importers, store, domain model). */
function codeVersion(): string {
  const hash = createHash('sha1');
  for (const dir of ['src/import', 'src/store', 'src/kb']) {
    const abs = path.join(PROJECT_ROOT, dir);
    if (!fs.existsSync(abs)) continue;
    for (const file of fs.readdirSync(abs, { recursive: true }).map(String).sort()) {
      const full = path.join(abs, file);
      if (file.endsWith('.ts') && fs.statSync(full).isFile()) hash.update(file).update(fs.readFileSync(full));
    }
  }
  return hash.digest('hex');
}

function isComplete(version: string): boolean {
  try {
    return (
      fs.existsSync(TEST_KB_PATH) &&
      (JSON.parse(fs.readFileSync(MARKER, 'utf8')) as { version?: string }).version === version
    );
  } catch {
    return false;
  }
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Takes the import lock; false if another live process holds it (a dead holder's lock is removed). */
function tryLock(): boolean {
  fs.mkdirSync(path.dirname(LOCK), { recursive: true });
  try {
    fs.writeFileSync(LOCK, String(process.pid), { flag: 'wx' });
    return true;
  } catch {
    const holder = Number(fs.readFileSync(LOCK, 'utf8'));
    if (!Number.isInteger(holder) || !processAlive(holder)) fs.rmSync(LOCK, { force: true });
    return false;
  }
}

async function removeDatabase(): Promise<void> {
  for (const suffix of ['', '-wal', '-shm']) await fsp.rm(`${TEST_KB_PATH}${suffix}`, { force: true });
}

async function build(version: string): Promise<void> {
  await fsp.rm(MARKER, { force: true });
  await removeDatabase();
  const store = await openStore(TEST_KB_PATH);
  let summary: ImportSummary;
  try {
    summary = await importKnowledgeBase(store, { actor: 'import', config: loadConfig() });
  } finally {
    await store.close();
  }
  if (summary.skipped.length > 0) {
    throw new Error(
      `test knowledge base: ${summary.skipped.length} skipped, e.g. ${summary.skipped[0].path}`,
    );
  }
  await fsp.writeFile(MARKER, JSON.stringify({ version, builtAt: new Date().toISOString(), summary }));
}

let ready: Promise<void> | null = null;

/** Makes sure `var/test/kb.sqlite` holds a complete import of the current code (imports at most once). */
export function ensureTestKb(): Promise<void> {
  ready ??= (async () => {
    const version = codeVersion();
    const started = Date.now();
    while (!isComplete(version)) {
      if (tryLock()) {
        try {
          if (!isComplete(version)) await build(version);
        } finally {
          fs.rmSync(LOCK, { force: true });
        }
      } else {
        if (Date.now() - started > WAIT_LIMIT_MS)
          throw new Error('test knowledge base: waited too long for another import');
        await new Promise((resolve) => setTimeout(resolve, 500));
      }
    }
  })();
  return ready;
}

/** The summary of the import that built the test knowledge base (counts by collection and schema). */
export async function testKbImportSummary(): Promise<ImportSummary> {
  await ensureTestKb();
  return (JSON.parse(await fsp.readFile(MARKER, 'utf8')) as { summary: ImportSummary }).summary;
}

/** The shared test knowledge base, imported from the real data on first use. Read only: do not write. */
export async function openTestKb(): Promise<Store> {
  await ensureTestKb();
  return openStore(TEST_KB_PATH);
}

/** A private copy of the test knowledge base in a temp folder, for tests that write. */
export async function openTestKbCopy(): Promise<Store> {
  await ensureTestKb();
  const dir = await fsp.mkdtemp(path.join(os.tmpdir(), 'raredesk-kb-'));
  const copy = path.join(dir, 'kb.sqlite');
  await fsp.copyFile(TEST_KB_PATH, copy);
  if (fs.existsSync(`${TEST_KB_PATH}-wal`)) await fsp.copyFile(`${TEST_KB_PATH}-wal`, `${copy}-wal`);
  return openStore(copy);
}
