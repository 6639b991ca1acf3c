/**
 * Full import of the real data into a fresh SQLite file: wall time (and per phase), CPU time, peak memory.
 * CPU time is printed because the reference machine is shared: when other work loads it, wall time grows
 * while CPU time stays what the import itself costs.
 * Then a second import of the same data (everything unchanged) for comparison.
 * Targets: under 60 s and under 1 GiB. Run: npx tsx bench/import.ts [--data DIR]
 */
import fsp from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { importKnowledgeBase, type ImportProgress, type ImportSummary } from '../src/import/index.js';
import { openStore } from '../src/store/index.js';

const dataArg = process.argv.indexOf('--data');
const dataDir = dataArg > 0 ? process.argv[dataArg + 1] : undefined;

async function timedImport(
  database: string,
): Promise<{ summary: ImportSummary; phases: Record<string, number> }> {
  const phases: Record<string, number> = {};
  let phase: ImportProgress['phase'] | null = null;
  let phaseStart = performance.now();
  const store = await openStore(database);
  try {
    const summary = await importKnowledgeBase(store, {
      actor: 'bench',
      ...(dataDir ? { dataDir } : {}),
      onProgress: (p) => {
        if (p.phase === phase) return;
        const now = performance.now();
        if (phase) phases[phase] = now - phaseStart;
        phase = p.phase;
        phaseStart = now;
      },
    });
    if (phase) phases[phase] = performance.now() - phaseStart;
    return { summary, phases };
  } finally {
    await store.close();
  }
}

const dir = await fsp.mkdtemp(path.join(os.tmpdir(), 'raredesk-bench-'));
const database = path.join(dir, 'kb.sqlite');
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
try {
  const started = performance.now();
  const cpuBefore = process.cpuUsage();
  const first = await timedImport(database);
  const wall = performance.now() - started;
  const cpu = process.cpuUsage(cpuBefore);
  const cpuMs = (cpu.user + cpu.system) / 1000;
  const peakMiB = process.resourceUsage().maxRSS / 1024;
  const size = (await fsp.stat(database)).size / 2 ** 20;
  const secondStarted = performance.now();
  const second = await timedImport(database);
  const secondWall = performance.now() - secondStarted;

  const s = first.summary;
  console.log(
    `machine: ${os.cpus().length} cores, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node.js ${process.version}`,
  );
  console.log(`data: ${s.dataDir} (${s.origin})`);
  console.log(
    `imported: ${s.conditions} conditions, ${s.names} names, ${s.articles} articles, ${s.phenotypes} phenotype rows`,
  );
  console.log(
    `fresh import: ${seconds(wall)} wall (read+parse ${seconds(first.phases.read ?? 0)}, write ${seconds(first.phases.write ?? 0)}); ` +
      `CPU ${seconds(cpuMs)}; peak RSS ${peakMiB.toFixed(0)} MiB; database ${size.toFixed(0)} MiB`,
  );
  console.log(
    `second import (${second.summary.unchanged} unchanged, ${second.summary.updated} updated, ${second.summary.inserted} inserted): ${seconds(secondWall)} wall`,
  );
  console.log(
    `load average while measuring: ${os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(', ')}`,
  );
  console.log(
    `targets: < 60 s ${wall < 60_000 ? 'met' : 'MISSED'}; < 1 GiB ${peakMiB < 1024 ? 'met' : 'MISSED'}`,
  );
} finally {
  await fsp.rm(dir, { recursive: true, force: true });
}
