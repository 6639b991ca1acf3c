/** `raredesk import`, `raredesk condition` and `raredesk stats` run through the CLI dispatcher on the fixture data. */
import assert from 'node:assert/strict';
import fsp from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { after, before, describe, it } from 'node:test';
import { main } from '../../src/cli/index.js';

const FIXTURES = path.resolve(import.meta.dirname, '../fixtures/import');

/** Runs `raredesk <argv>` with captured output. */
async function run(argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const out: string[] = [];
  const err: string[] = [];
  stdout.on('data', (c: Buffer) => out.push(c.toString()));
  stderr.on('data', (c: Buffer) => err.push(c.toString()));
  const code = await main(argv, { stdin: new PassThrough(), stdout, stderr, isTTY: false });
  return { code, stdout: out.join(''), stderr: err.join('') };
}

void describe('raredesk import / condition / stats', () => {
  let dir: string;
  let data: string;

  before(async () => {
    dir = await fsp.mkdtemp(path.join(os.tmpdir(), 'raredesk-cli-'));
    data = path.join(dir, 'data');
    await fsp.cp(path.join(FIXTURES, 'data'), data, { recursive: true });
    process.env.RAREDESK_DB = path.join(dir, 'kb.sqlite');
    process.env.RAREDESK_CACHE = path.join(dir, 'cache');
    delete process.env.RAREDESK_DATA;
  });
  after(async () => {
    await fsp.rm(dir, { recursive: true, force: true });
  });

  void it('imports with a summary table, exit 0', async () => {
    const r = await run(['import', '--data', data]);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /^conditions\s+7$/m);
    assert.match(r.stdout, /^articles \(QA pairs\)\s+14$/m);
    assert.match(r.stdout, /^GARD\s+2\s+5\s+5\s+4$/m);
    assert.match(r.stdout, /^articles\s+14\s+0\s+0$/m); // changes: inserted, updated, unchanged
  });

  void it('exits 4 (partial) and lists skipped files with their reason', async () => {
    const withBroken = path.join(dir, 'data-broken');
    await fsp.cp(data, withBroken, { recursive: true });
    await fsp.cp(
      path.join(FIXTURES, 'malformed/0000109.xml'),
      path.join(withBroken, 'medquad/2_GARD_QA/0000109.xml'),
    );
    const r = await run(['import', `--data=${withBroken}`]);
    assert.equal(r.code, 4);
    assert.match(r.stdout, /medquad\/2_GARD_QA\/0000109\.xml: malformed XML at line/);
    assert.match(r.stdout, /^articles\s+0\s+0\s+14$/m); // the rest: all unchanged
    assert.match(r.stderr, /1 file\(s\) or record\(s\) skipped/);
  });

  void it('rejects unknown options with exit 2', async () => {
    assert.equal((await run(['import', '--bogus'])).code, 2);
  });

  void it('shows a condition by id or by any name, with names, sources, xrefs and articles', async () => {
    const byId = await run(['condition', 'GARD:90001']);
    assert.equal(byId.code, 0, byId.stderr);
    assert.match(byId.stdout, /^GARD:90001 {2}Zephyr facial atrophy {2}\(disease\)$/m);
    assert.match(byId.stdout, /^Zephyr-Lind syndrome\s+synonym\s+medquad-synonym$/m);
    assert.match(byId.stdout, /^PZA\s+abbreviation\s+medquad-synonym$/m);
    assert.match(byId.stdout, /Cross-references: GARD 90001, UMLS C9990001, UMLS C9990002/);
    assert.match(
      byId.stdout,
      /GARD_0000101_Sec3 .*How might progressive zephyr atrophy be treated\? {2}\[no answer text; see https:/,
    );
    const byName = await run(['condition', 'Zephyr', 'syndrome']);
    assert.match(byName.stdout, /^GARD:90001 /m);
    const byNumber = await run(['condition', '90077']);
    assert.match(byNumber.stdout, /^GARD:90077 {2}Orrin disease/m);
  });

  void it('exits 3 for an unknown condition and 2 without one', async () => {
    const r = await run(['condition', 'no such condition anywhere']);
    assert.equal(r.code, 3);
    assert.match(r.stderr, /no condition named or numbered "no such condition anywhere"/);
    assert.equal((await run(['condition'])).code, 2);
  });

  void it('prints stats', async () => {
    const r = await run(['stats']);
    assert.equal(r.code, 0);
    assert.match(r.stdout, /^articles\s+14$/m);
    assert.match(r.stdout, /^conditions\s+7$/m);
    assert.match(r.stdout, /^GHR\s+4\s+4$/m);
  });
});
