/**
 * The desk's own costs, measured once each (no loops over the whole thing):
 * - scrypt password hash (the price of every sign-in);
 * - receiveInquiry: store + analyze + draft + audit, per inquiry;
 * - sendReply to a real SMTP server on loopback, per reply;
 * - redaction of a question and a letter section;
 * - inbox import of the hand-written fixtures.
 *
 *   npx tsx bench/desk.ts
 */
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { createApp } from '../src/app.js';
import { PROJECT_ROOT, loadConfig } from '../src/config.js';
import { hashPassword, importInbox, receiveInquiry, redact, sendReply } from '../src/desk/index.js';
import { openTestKbCopy } from '../test/support/kb.js';
import { startSmtpSink } from '../test/desk/support.js';

const INQUIRIES = 20;
const QUESTIONS = [
  'I have a friend who is affected by progressive hemifacial atrophy. How is this condition treated? How can I locate doctors who are familiar with the management of this condition?',
  'My son was diagnosed with Marfan syndrome. Is it inherited? What are the symptoms?',
  'How is Gaucher disease diagnosed and treated?',
  'What causes Fabry disease and how common is it?',
];

function stats(ms: number[]): string {
  const sorted = [...ms].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  const mean = ms.reduce((a, b) => a + b, 0) / ms.length;
  return `n=${ms.length} mean ${mean.toFixed(1)} ms, median ${at(0.5).toFixed(1)} ms, p90 ${at(0.9).toFixed(1)} ms, max ${sorted[sorted.length - 1].toFixed(1)} ms`;
}

async function time<T>(fn: () => Promise<T>): Promise<[T, number]> {
  const start = performance.now();
  const value = await fn();
  return [value, performance.now() - start];
}

const hashes: number[] = [];
for (let i = 0; i < 5; i++) hashes.push((await time(() => hashPassword(`password number ${i}`)))[1]);

const store = await openTestKbCopy();
const [app, buildMs] = await time(() => createApp(loadConfig(), store));
const sink = await startSmtpSink();
const smtp = { ...app.config.smtp, host: '127.0.0.1', port: sink.port, secure: false };
const sender = await store.createUser({
  email: 'bench@desk.example.org',
  name: 'Bench',
  role: 'specialist',
  passwordHash: 'x',
});

const receive: number[] = [];
const ids: string[] = [];
for (let i = 0; i < INQUIRIES; i++) {
  const [inquiry, ms] = await time(() =>
    receiveInquiry(app, {
      channel: 'web',
      name: `Person ${i}`,
      email: `person${i}@example.org`,
      subject: '',
      message: QUESTIONS[i % QUESTIONS.length],
      consent: true,
    }),
  );
  receive.push(ms);
  ids.push(inquiry.id);
}

const send: number[] = [];
for (const id of ids.slice(0, 10)) send.push((await time(() => sendReply(app, smtp, sender, id)))[1]);
await sink.waitFor(10);

const letter = (await store.getReplyForInquiry(ids[0]))!.draft;
const sectionText = JSON.stringify(letter.sections.map((s) => s.blocks));
const personal =
  'My name is Maria Lopez, call me at +1 555 123 4567 or maria@example.org. My son Tom was born on 12 March 2015. We live at 42 Maple Street, Springfield, IL 62704. ' +
  QUESTIONS[0];
const redactions: number[] = [];
for (let i = 0; i < 200; i++) {
  const start = performance.now();
  redact(personal, { knownNames: ['Maria Lopez'] });
  redact(sectionText);
  redactions.push(performance.now() - start);
}

const [report, inboxMs] = await time(() =>
  importInbox(app, path.join(PROJECT_ROOT, 'test', 'fixtures', 'mail', 'eml')),
);

console.log(
  `machine: ${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node.js ${process.version}`,
);
console.log(
  `load average while measuring: ${os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(', ')}`,
);
console.log(`createApp over the test knowledge base: ${(buildMs / 1000).toFixed(1)} s (once per process)`);
console.log(`scrypt hash (N=2^15, r=8, p=1): ${stats(hashes)}`);
console.log(`receiveInquiry (store, analyze, draft, audit): ${stats(receive)}`);
console.log(`sendReply to loopback SMTP (render text+HTML, send, mark sent, audit): ${stats(send)}`);
console.log(
  `redact question (${personal.length} chars) + letter sections (${sectionText.length} chars): ${stats(redactions)}`,
);
console.log(
  `inbox import of test/fixtures/mail/eml: ${report.imported.length} imported, ${report.unreadable.length} unreadable, ${report.duplicates.length} duplicates in ${inboxMs.toFixed(0)} ms`,
);

await sink.close();
await app.close();
await store.close();
