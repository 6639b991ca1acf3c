/**
 * Website and API under load, on loopback, with autocannon.
 *
 *   npx tsx bench/web.ts [--duration 10] [--connections 16]
 *
 * The server runs in a child process (`raredesk`'s own `startServer` over the test knowledge base,
 * var/test/kb.sqlite, imported once if missing; request logs written as in production, to /dev/null),
 * so that the load generator and the server each get one of the two cores. Each scenario warms up for
 * 2 s, then runs for a bounded time; the script stops by itself.
 *
 * Targets (issue 5): condition page and search ≥ 1,000 requests/s with p99 < 50 ms;
 * `POST /api/answer` ≥ 200 requests/s; zero errors.
 */
import fs from 'node:fs';
import os from 'node:os';
import autocannon from 'autocannon';
import { forkSelf, nextMessage } from './child.js';

const CHILD_FLAG = 'RAREDESK_BENCH_WEB_SERVER';

interface Scenario {
  name: string;
  requests: autocannon.Request[];
  target: { rps: number; p99: number | null };
}

const EXAMPLE =
  'I have a friend who is affected by progressive hemifacial atrophy. How is this condition treated? How can I locate doctors who are familiar with the management of this condition?';

/** A few typical pages and queries per scenario, cycled by every connection. */
const SCENARIOS: Scenario[] = [
  {
    name: 'GET /healthz (baseline: the server and load generator alone)',
    requests: [{ method: 'GET', path: '/healthz' }],
    target: { rps: 0, p99: null },
  },
  {
    name: 'GET /conditions/:id (4 condition pages)',
    requests: ['GARD:7338', 'GARD:6975', 'GARD:6291', 'GARD:5525'].map((id) => ({
      method: 'GET',
      path: `/conditions/${encodeURIComponent(id)}`,
    })),
    target: { rps: 1000, p99: 50 },
  },
  {
    name: 'GET /search?q= (5 queries, 2 misspelled)',
    requests: [
      'parry romburg',
      'marfan',
      'duchene muscular distrophy',
      'ehlers danlos',
      'cystic fibrosis',
    ].map((q) => ({
      method: 'GET',
      path: `/search?q=${encodeURIComponent(q)}`,
    })),
    target: { rps: 1000, p99: 50 },
  },
  {
    name: 'POST /api/answer (the example question)',
    requests: [
      {
        method: 'POST',
        path: '/api/answer',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ message: EXAMPLE, subject: 'Progressive hemifacial atrophy' }),
      },
    ],
    target: { rps: 200, p99: null },
  },
];

/** Child: serve the site and report the port to the parent. */
async function serveChild(): Promise<void> {
  const { createApp } = await import('../src/app.js');
  const { loadConfig } = await import('../src/config.js');
  const { startServer, jsonLineLogger } = await import('../src/web/index.js');
  const { openTestKb } = await import('../test/support/kb.js');
  const started = performance.now();
  const store = await openTestKb();
  const app = await createApp(loadConfig(), store);
  const server = await startServer(app, {
    port: 0,
    host: '127.0.0.1',
    log: jsonLineLogger(fs.createWriteStream('/dev/null')),
    staff: { secureCookies: false },
  });
  process.send!({ port: server.port, startMs: Math.round(performance.now() - started) });
  // The parent asks for the server's memory once the load is over: as it is, and after a full garbage
  // collection (what the server still holds: engine, indexes, caches).
  process.on('message', (m) => {
    if (m !== 'memory') return;
    const rss = process.memoryUsage().rss;
    globalThis.gc?.();
    const after = process.memoryUsage();
    process.send!({ rss, rssAfterGc: after.rss, heapAfterGc: after.heapUsed });
  });
  process.on('disconnect', () => {
    void server.close().then(() =>
      app
        .close()
        .then(() => store.close())
        .then(() => process.exit(0)),
    );
  });
}

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(name);
  const v = i >= 0 ? Number(process.argv[i + 1]) : fallback;
  return Number.isFinite(v) && v > 0 ? v : fallback;
}

function run(opts: autocannon.Options): Promise<autocannon.Result> {
  return new Promise((resolve, reject) => {
    autocannon(opts, (err, result) =>
      err ? reject(err instanceof Error ? err : new Error(String(err))) : resolve(result),
    );
  });
}

async function main(): Promise<void> {
  const duration = arg('--duration', 10);
  const connections = arg('--connections', 16);
  const child = forkSelf(import.meta.url, { [CHILD_FLAG]: '1' });
  const ready = await nextMessage<{ port: number; startMs: number }>(child, 'server');
  const base = `http://127.0.0.1:${ready.port}`;
  console.log(`# Website and API load test (${new Date().toISOString().slice(0, 10)})`);
  console.log(
    `machine: ${os.cpus().length} cores (${os.cpus()[0]?.model ?? '?'}), ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`,
  );
  console.log(
    `load average before: ${os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}`,
  );
  console.log(`server start (open store, build indexes, listen): ${(ready.startMs / 1000).toFixed(1)} s`);
  console.log(`autocannon: ${connections} connections, ${duration} s per scenario after a 2 s warm-up\n`);
  console.log('| scenario | requests/s | p50 ms | p99 ms | max ms | errors | non-2xx | target | met |');
  console.log('|---|---:|---:|---:|---:|---:|---:|---|---|');
  let allMet = true;
  for (const s of SCENARIOS) {
    await run({ url: base, connections, duration: 2, requests: s.requests });
    const r = await run({ url: base, connections, duration, requests: s.requests });
    const rps = r.requests.average;
    const errors = r.errors + r.timeouts;
    const met =
      rps >= s.target.rps &&
      (s.target.p99 === null || r.latency.p99 < s.target.p99) &&
      errors === 0 &&
      r.non2xx === 0;
    allMet &&= met;
    const target =
      s.target.rps === 0
        ? 'none'
        : `≥ ${s.target.rps} req/s${s.target.p99 !== null ? `, p99 < ${s.target.p99} ms` : ''}, 0 errors`;
    console.log(
      `| ${s.name} | ${Math.round(rps)} | ${r.latency.p50} | ${r.latency.p99} | ${r.latency.max} | ${errors} | ${r.non2xx} | ${target} | ${met ? 'yes' : 'no'} |`,
    );
  }
  console.log(
    `\nload average after: ${os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}`,
  );
  const memory = nextMessage<{ rss: number; rssAfterGc: number; heapAfterGc: number }>(child, 'server');
  child.send('memory');
  const { rss, rssAfterGc, heapAfterGc } = await memory;
  const mib = (bytes: number) => `${Math.round(bytes / 2 ** 20)} MiB`;
  console.log(
    `server memory after the load: rss ${mib(rss)}; after a full garbage collection: rss ${mib(rssAfterGc)}, heap ${mib(heapAfterGc)}`,
  );
  console.log(allMet ? 'all targets met' : 'some targets missed');
  child.disconnect();
  await new Promise((resolve) => child.once('exit', resolve));
}

if (process.env[CHILD_FLAG]) await serveChild();
else await main();
