/**
 * Question-understanding speed: dictionary build time and messages per second (single thread) for
 * typical 1–3 sentence messages.
 *
 *   npx tsx bench/understand.ts [--db PATH]
 *
 * Names come from the knowledge base (`--db`, else RAREDESK_DB, else the test KB at var/test/kb.sqlite).
 * The messages are written for this benchmark (none comes from a test set).
 */
import fs from 'node:fs';
import path from 'node:path';
import os from 'node:os';
import { loadConfig, PROJECT_ROOT } from '../src/config.js';
import { openStore } from '../src/store/index.js';
import { buildUnderstanding } from '../src/understand/index.js';

const MESSAGES = [
  'What is Marfan syndrome?',
  'How is cystic fibrosis treated?',
  'My son is 4 and has Duchenne muscular dystrophy. What is his life expectancy?',
  'Is there a link between celiac disease and type 1 diabetes?',
  'What are the side effects of metformin? Can I take it with ibuprofen?',
  'Hello, my daughter was diagnosed with FOP. What causes it and how is it treated? Thank you.',
  'parry romburg treatment options',
  'I have a friend who is affected by progressive hemifacial atrophy. How is this condition treated? How can I locate doctors who are familiar with the management of this condition?',
  'Does levothyroxine contain gluten?',
  'Are there clinical trials for spinal muscular atrophy in children?',
  'Is Huntington disease inherited? My father had it.',
  'How should I store insulin when travelling?',
];

function option(name: string): string | null {
  const i = process.argv.indexOf(name);
  return i >= 0 ? (process.argv[i + 1] ?? null) : null;
}

async function main(): Promise<void> {
  const db =
    option('--db') ??
    (process.env.RAREDESK_DB ? loadConfig().database : path.join(PROJECT_ROOT, 'var', 'test', 'kb.sqlite'));
  if (!fs.existsSync(db) && !/^postgres/.test(db)) {
    throw new Error(`no knowledge base at ${db}: run \`raredesk import\` or the test suite first`);
  }
  const store = await openStore(db);
  const names = await store.listNames();
  await store.close();

  const builds: number[] = [];
  const buildCpu: number[] = [];
  let understanding = buildUnderstanding(names);
  for (let i = 0; i < 3; i++) {
    const before = process.cpuUsage();
    understanding = buildUnderstanding(names);
    const used = process.cpuUsage(before);
    builds.push(understanding.stats.buildMs);
    buildCpu.push(Math.round((used.user + used.system) / 1000));
  }

  // warm-up, then a fixed number of rounds
  for (const m of MESSAGES) understanding.analyze(m);
  const rounds = 300;
  const started = performance.now();
  const cpuStart = process.cpuUsage();
  for (let r = 0; r < rounds; r++) for (const m of MESSAGES) understanding.analyze(m);
  const seconds = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuStart);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  const perSecond = (rounds * MESSAGES.length) / seconds;
  const perCpuSecond = (rounds * MESSAGES.length) / cpuSeconds;

  const lookups = ['marf', 'duchene muscular', 'parry romberg', 'ehlers danlos hyper', 'cystic fib'];
  const lookupStart = performance.now();
  for (let r = 0; r < 200; r++) for (const q of lookups) understanding.lookupNames(q, 10);
  const lookupMs = (performance.now() - lookupStart) / (200 * lookups.length);

  const model = os.cpus()[0]?.model ?? 'unknown CPU';
  console.log(
    `machine: ${os.cpus().length} cores (${model}), Node.js ${process.version}, load average ${os.loadavg()[0].toFixed(1)}`,
  );
  console.log(
    '(wall-clock numbers suffer when other processes share the cores; CPU time is this process alone)',
  );
  console.log(`names: ${names.length} (${understanding.stats.conditions} conditions)`);
  console.log(
    `dictionary build (after a warm-up build): wall ${builds.join(', ')} ms; CPU ${buildCpu.join(', ')} ms (target < 2000 ms)`,
  );
  console.log(
    `analyze, ${rounds * MESSAGES.length} messages of 1–3 sentences, single thread: ${Math.round(perSecond)}/s wall, ${Math.round(perCpuSecond)}/s of CPU time (target ≥ 2000/s)`,
  );
  console.log(
    `lookupNames: ${lookupMs.toFixed(3)} ms per query (after the first, which builds the search index)`,
  );
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
