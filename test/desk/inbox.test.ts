/**
 * Email inquiries: hand-written .eml and mbox fixtures (test/fixtures/mail) imported into a copy of
 * the real knowledge base, and the `raredesk user` / `raredesk inbox` commands.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { after, before, describe, it } from 'node:test';
import { main } from '../../src/cli/index.js';
import { PROJECT_ROOT } from '../../src/config.js';
import { importInbox, parseMessage, splitMbox, verifyPassword } from '../../src/desk/index.js';
import { openStore } from '../../src/store/index.js';
import { openTestConsole } from './curation-console.js';
import type { TestConsole } from './curation-console.js';
import { TEST_KB_PATH } from '../support/kb.js';

const MAIL = path.join(PROJECT_ROOT, 'test', 'fixtures', 'mail');

/** Runs the CLI in process with `stdin` text; returns exit code and output. */
async function runCli(args: string[], stdin = '') {
  const input = new PassThrough();
  input.end(stdin);
  let out = '';
  let err = '';
  const sink = (write: (s: string) => void) => {
    const s = new PassThrough();
    s.on('data', (d: Buffer) => write(d.toString()));
    return s;
  };
  const code = await main(args, {
    stdin: input,
    stdout: sink((s) => (out += s)),
    stderr: sink((s) => (err += s)),
    isTTY: false,
  });
  return { code, out, err };
}

void describe('reading mail', () => {
  void it('splits an mbox into messages and unescapes >From lines', async () => {
    const parts = splitMbox(await fs.readFile(path.join(MAIL, 'inbox.mbox')));
    assert.equal(parts.length, 3);
    const first = await parseMessage(parts[0]);
    assert.equal(first.fromEmail, 'sam@example.org');
    assert.match(first.body, /^From what I read/m);
  });

  void it('reads HTML-only mail as text, prefers Reply-To, lists attachments without their content', async () => {
    const htmlOnly = await parseMessage(await fs.readFile(path.join(MAIL, 'eml', '02-html-only.eml')));
    assert.match(htmlOnly.body, /^Is Marfan syndrome inherited\? My father has it\.$/m);
    assert.ok(!htmlOnly.body.includes('cid:'), 'inline image placeholders are dropped');
    assert.ok(!htmlOnly.body.includes('<p>'));
    assert.equal(htmlOnly.fromName, 'Omar F.');
    const attached = await parseMessage(await fs.readFile(path.join(MAIL, 'eml', '03-attachment.eml')));
    assert.equal(attached.fromEmail, 'jo.home@example.com');
    assert.deepEqual(
      attached.attachments.map((a) => [a.filename, a.contentType]),
      [['lab-report.pdf', 'application/pdf']],
    );
    assert.ok(!attached.body.includes('JVBER'));
  });
});

void describe('inbox import', { timeout: 10 * 60 * 1000 }, () => {
  let con: TestConsole;
  before(async () => {
    con = await openTestConsole();
  });
  after(async () => {
    await con.close();
  });

  void it('imports a folder of .eml: drafts replies, skips duplicates, reports unreadable messages', async () => {
    const report = await importInbox(con.app, path.join(MAIL, 'eml'));
    assert.deepEqual(
      report.imported.map((r) => r.source),
      ['01-plain.eml', '02-html-only.eml', '03-attachment.eml'],
    );
    assert.deepEqual(report.duplicates, [{ source: '06-duplicate-of-01.eml' }]);
    assert.deepEqual(
      report.unreadable.map((r) => [r.source, r.reason]),
      [
        ['04-no-sender.eml', 'has no sender address'],
        ['05-empty-body.eml', 'has no text'],
      ],
    );
    const plain = await con.store.getInquiryByMessageId('<plain-0001@mail.example.org>');
    assert.ok(plain);
    assert.equal(plain.channel, 'email');
    assert.equal(plain.email, 'laura.keane@example.org');
    assert.equal(plain.name, 'Laura Keane');
    assert.equal(plain.subject, 'Question about Parry-Romberg syndrome');
    assert.equal(plain.receivedAt, '2026-11-02T09:15:00.000Z');
    assert.equal(plain.status, 'drafted');
    const reply = await con.store.getReplyForInquiry(plain.id);
    assert.ok(reply?.draft.sections.some((s) => s.type === 'treatment'));
    const attached = await con.store.getInquiryByMessageId('<attach-0003@mail.example.com>');
    assert.match(
      attached!.message,
      /Attachments received but not stored: lab-report\.pdf \(application\/pdf/,
    );
    const audit = await con.store.listAudit(plain.id);
    assert.deepEqual(
      audit.map((e) => [e.actor, e.action]),
      [
        ['system', 'received'],
        ['system', 'drafted'],
      ],
    );
    assert.ok(!JSON.stringify(audit).includes('laura'), 'no personal data in the audit trail');

    const again = await importInbox(con.app, path.join(MAIL, 'eml'));
    assert.equal(again.imported.length, 0, 'importing the same folder again creates nothing');
    assert.equal(again.duplicates.length, 4);
  });

  void it('imports an mbox file, and reports a missing path', async () => {
    const report = await importInbox(con.app, path.join(MAIL, 'inbox.mbox'));
    assert.deepEqual(
      report.imported.map((r) => r.source),
      ['inbox.mbox#1', 'inbox.mbox#2'],
    );
    assert.deepEqual(
      report.unreadable.map((r) => r.source),
      ['inbox.mbox#3'],
    );
    await assert.rejects(importInbox(con.app, path.join(MAIL, 'missing.mbox')), /no file or folder/);
  });
});

void describe('raredesk user and inbox commands', { timeout: 10 * 60 * 1000 }, () => {
  let dir: string;
  const saved = process.env.RAREDESK_DB;
  before(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'raredesk-cli-'));
  });
  after(async () => {
    if (saved === undefined) delete process.env.RAREDESK_DB;
    else process.env.RAREDESK_DB = saved;
    await fs.rm(dir, { recursive: true, force: true });
  });

  void it('user add creates an account with a hashed password read from stdin; user list shows it', async () => {
    process.env.RAREDESK_DB = path.join(dir, 'users.sqlite');
    const add = await runCli(
      [
        'user',
        'add',
        '--email',
        'First.Admin@desk.example.org',
        '--name',
        'First Admin',
        '--role',
        'admin',
        '--password-stdin',
      ],
      'a very long admin password\n',
    );
    assert.equal(add.code, 0, add.err);
    assert.match(add.out, /Created admin account first\.admin@desk\.example\.org/);
    const store = await openStore(process.env.RAREDESK_DB);
    try {
      const user = await store.getUserByEmail('first.admin@desk.example.org');
      assert.equal(user?.role, 'admin');
      assert.equal(await verifyPassword('a very long admin password', user.passwordHash), true);
    } finally {
      await store.close();
    }
    const list = await runCli(['user', 'list']);
    assert.match(list.out, /admin\tfirst\.admin@desk\.example\.org\tFirst Admin/);
    const dup = await runCli(
      [
        'user',
        'add',
        '--email',
        'first.admin@desk.example.org',
        '--name',
        'X',
        '--role',
        'admin',
        '--password-stdin',
      ],
      'a very long admin password\n',
    );
    assert.equal(dup.code, 6, 'conflict');
    const badRole = await runCli(
      ['user', 'add', '--email', 'x@desk.example.org', '--name', 'X', '--role', 'boss', '--password-stdin'],
      'a very long admin password\n',
    );
    assert.equal(badRole.code, 2);
    assert.match(badRole.err, /role must be one of/);
    const noTerminal = await runCli([
      'user',
      'add',
      '--email',
      'y@desk.example.org',
      '--name',
      'Y',
      '--role',
      'curator',
    ]);
    assert.equal(noTerminal.code, 2);
    assert.match(noTerminal.err, /--password-stdin/);
  });

  void it('inbox import prints each message’s fate and exits 4 when some were unreadable', async () => {
    const db = path.join(dir, 'kb.sqlite');
    await fs.copyFile(TEST_KB_PATH, db);
    process.env.RAREDESK_DB = db;
    const run = await runCli(['inbox', 'import', path.join(MAIL, 'inbox.mbox')]);
    assert.equal(run.code, 4, run.err);
    assert.match(run.out, /imported {3}inbox\.mbox#1 as RD-\d{4}-\d+/);
    assert.match(run.out, /unreadable inbox\.mbox#3: has no sender address/);
    assert.match(run.out, /2 imported, 0 duplicates, 1 unreadable/);
  });
});
