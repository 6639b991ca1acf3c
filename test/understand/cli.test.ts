/**
 * `raredesk analyze` end to end through the CLI dispatcher, on the real knowledge base.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { before, describe, it } from 'node:test';
import { main } from '../../src/cli/main.js';
import { exitCode } from '../../src/errors.js';
import { ensureTestKb, TEST_KB_PATH } from '../support/kb.js';

async function run(args: string[], stdin = ''): Promise<{ code: number; out: string; err: string }> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (c: Buffer) => (out += c.toString()));
  stderr.on('data', (c: Buffer) => (err += c.toString()));
  const code = await main(args, { stdin: Readable.from([stdin]), stdout, stderr, isTTY: false });
  return { code, out, err };
}

before(async () => {
  await ensureTestKb();
  process.env.RAREDESK_DB = TEST_KB_PATH;
});

void describe('raredesk analyze', () => {
  void it('prints the conditions and canonical questions readably', async () => {
    const r = await run(['analyze', 'How is Marfan syndrome treated? Is it inherited?']);
    assert.equal(r.code, 0, r.err);
    assert.match(r.out, /GARD:6975/);
    assert.match(r.out, /\[treatment, [\d.]+\] How might Marfan syndrome be treated\?/);
    assert.match(r.out, /\[inheritance, [\d.]+\] Is Marfan syndrome inherited\?/);
  });

  void it('reads JSON lines, answers each one and keeps going after a bad line', async () => {
    const input = [
      JSON.stringify({ id: 'one', text: 'Is FOP inherited?' }),
      '{"id": "two", "text": ',
      JSON.stringify({ id: 'three', text: 'How is this condition diagnosed?', subject: 'Cystic fibrosis' }),
    ].join('\n');
    const r = await run(['analyze', '--jsonl'], input);
    assert.equal(r.code, 0, r.err);
    const lines = r.out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { id: unknown; error?: string; foci?: Array<{ conditionId: string }> });
    assert.equal(lines.length, 3);
    assert.equal(lines[0]?.foci?.[0]?.conditionId, 'GARD:6445'); // FOP
    assert.ok(lines[1]?.error, 'the broken line gets an error');
    assert.equal(lines[2]?.id, 'three');
    assert.equal(lines[2]?.foci?.[0]?.conditionId, 'GARD:6233'); // named in the subject only
  });

  void it('refuses to run without a message', async () => {
    const r = await run(['analyze']);
    assert.equal(r.code, 2);
    assert.match(r.err, /give a message/);
  });

  void it('says to import first when the knowledge base is empty', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'raredesk-empty-'));
    process.env.RAREDESK_DB = path.join(dir, 'empty.sqlite');
    try {
      const r = await run(['analyze', 'How is gout treated?']);
      assert.equal(r.code, exitCode('data_unavailable'));
      assert.match(r.err, /no condition names: run `raredesk import` first/);
    } finally {
      process.env.RAREDESK_DB = TEST_KB_PATH;
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
