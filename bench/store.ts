/**
 * Store benchmark: the writes of a full import and the start-up reads, on real data.
 *
 *   npx tsx bench/store.ts [--from FILE.sqlite] [--postgres URL]
 *
 * Reads every condition and article from an imported knowledge base (`--from`, default the test
 * KB at var/test/kb.sqlite; imported from the shared data first when missing), then writes them
 * into a fresh store the way the importer does (all conditions in one batch, articles in batches
 * of 2,000): first into an empty database, then again (nothing changed), then with 2,000 changed
 * articles. Then times `listNames()` and `listAllArticles()`. With `--postgres`, the same runs in
 * a temporary schema of that server.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { PROJECT_ROOT } from '../src/config.js';
import { importKnowledgeBase } from '../src/import/index.js';
import type { Article, Condition } from '../src/kb/index.js';
import { openStore, type Store, type UpsertCounts } from '../src/store/index.js';

const BATCH = 2000;

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

/** Runs `fn`, printing wall-clock time, this process's CPU time (user + system) and memory. */
async function timed<T>(label: string, fn: () => Promise<T>): Promise<T> {
  const start = performance.now();
  const cpu = process.cpuUsage();
  const result = await fn();
  const wall = (performance.now() - start) / 1000;
  const used = process.cpuUsage(cpu);
  const cpuSeconds = (used.user + used.system) / 1e6;
  const rss = Math.round(process.memoryUsage().rss / 2 ** 20);
  console.log(
    `  ${label.padEnd(40)} wall ${wall.toFixed(2).padStart(6)} s   cpu ${cpuSeconds.toFixed(2).padStart(6)} s   rss ${rss} MiB`,
  );
  return result;
}

async function writeAll(store: Store, conditions: Condition[], articles: Article[]) {
  const total: UpsertCounts = { inserted: 0, updated: 0, unchanged: 0 };
  const c = await store.upsertConditions(conditions, 'bench');
  for (let i = 0; i < articles.length; i += BATCH) {
    const a = await store.upsertArticles(articles.slice(i, i + BATCH), 'bench', 'benchmark');
    total.inserted += a.inserted;
    total.updated += a.updated;
    total.unchanged += a.unchanged;
  }
  return `conditions ${JSON.stringify(c)}, articles ${JSON.stringify(total)}`;
}

async function loadSource(): Promise<{ conditions: Condition[]; articles: Article[] }> {
  let from = arg('--from') ?? path.join(PROJECT_ROOT, 'var', 'test', 'kb.sqlite');
  if (!existsSync(from)) {
    from = path.join(mkdtempSync(path.join(tmpdir(), 'raredesk-bench-src-')), 'kb.sqlite');
    console.log(`importing the shared data into ${from} first`);
    const store = await openStore(from);
    await importKnowledgeBase(store, { actor: 'bench' });
    await store.close();
  }
  const source = await openStore(from);
  const ids = await source.listConditionIds();
  const conditions: Condition[] = [];
  for (const id of ids) conditions.push((await source.getCondition(id))!);
  const articles = await source.listAllArticles();
  await source.close();
  console.log(`source ${from}: ${conditions.length} conditions, ${articles.length} articles`);
  return { conditions, articles };
}

async function run(label: string, database: string, data: Awaited<ReturnType<typeof loadSource>>) {
  console.log(`\n${label}`);
  const store = await openStore(database);
  const { conditions, articles } = data;
  console.log(
    `    ${await timed('write all into an empty store', () => writeAll(store, conditions, articles))}`,
  );
  console.log(
    `    ${await timed('write all again (nothing changed)', () => writeAll(store, conditions, articles))}`,
  );
  const changed = articles.map((a, i) =>
    i % Math.ceil(articles.length / BATCH) === 0 ? { ...a, lastUpdated: '2099-01-01' } : a,
  );
  console.log(
    `    ${await timed(`write all, ${changed.filter((a) => a.lastUpdated === '2099-01-01').length} changed`, () => writeAll(store, conditions, changed))}`,
  );
  const names = await timed('listNames()', () => store.listNames());
  const all = await timed('listAllArticles()', () => store.listAllArticles());
  await timed('stats()', () => store.stats());
  console.log(`    ${names.length} names, ${all.length} articles`);
  await store.close();
}

const data = await loadSource();
const dir = mkdtempSync(path.join(tmpdir(), 'raredesk-bench-'));
try {
  await run('SQLite (temporary file)', path.join(dir, 'bench.sqlite'), data);
} finally {
  rmSync(dir, { recursive: true, force: true });
}

const pgUrl = arg('--postgres');
if (pgUrl !== undefined) {
  const schema = `rd_bench_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: pgUrl });
  await admin.connect();
  await admin.query(`CREATE SCHEMA ${schema}`);
  try {
    const url = `${pgUrl}${pgUrl.includes('?') ? '&' : '?'}options=${encodeURIComponent(`-c search_path=${schema}`)}`;
    await run(`PostgreSQL (schema ${schema})`, url, data);
  } finally {
    await admin.query(`DROP SCHEMA ${schema} CASCADE`);
    await admin.end();
  }
}
