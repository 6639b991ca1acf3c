/**
 * The desk end to end in headless Chromium (Debian's `chromium`, driven by playwright-core): a
 * person asks the example question on the public form; a specialist signs in, opens it, sees the
 * two sections and their sources, edits the treatment section, previews and sends; a real SMTP
 * server on loopback receives the reply with both sections and the references; the audit trail
 * shows each step. Screenshots go to test-artifacts/desk; axe-core finds no serious or critical
 * violations on the staff pages.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { createApp } from '../../src/app.js';
import type { App } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import { hashPassword } from '../../src/desk/index.js';
import type { Store } from '../../src/store/index.js';
import { startServer } from '../../src/web/index.js';
import type { RunningServer } from '../../src/web/index.js';
import { openTestKbCopy } from '../support/kb.js';
import {
  artifactsDir,
  exampleQuestion,
  launchBrowser,
  screenshot,
  seriousViolations,
} from '../support/browser.js';
import { startSmtpSink } from './support.js';
import type { SmtpSink } from './support.js';

const ARTIFACTS = artifactsDir('desk');

const PASSWORD = 'specialist password for e2e';

let store: Store;
let app: App;
let server: RunningServer;
let browser: Browser;
let sink: SmtpSink;

async function assertAccessible(page: Page, what: string): Promise<void> {
  const violations = await seriousViolations(page);
  assert.deepEqual(violations, [], `${what}: ${JSON.stringify(violations, null, 1)}`);
}

async function signIn(page: Page, email: string): Promise<void> {
  await page.goto(`${server.url}/staff/inquiries`);
  assert.match(page.url(), /\/staff\/login\?next=/, 'anonymous visitors land on the login page');
  await page.fill('#email', email);
  await page.fill('#password', PASSWORD);
  await page.click('button[type=submit]');
}

before(async () => {
  sink = await startSmtpSink();
  store = await openTestKbCopy();
  app = await createApp(loadConfig(), store);
  const smtp = {
    ...app.config.smtp,
    host: '127.0.0.1',
    port: sink.port,
    secure: false,
    from: 'Desk <desk@raredesk.test>',
  };
  server = await startServer(app, { port: 0, host: '127.0.0.1', staff: { secureCookies: false, smtp } });
  for (const [role, email] of [
    ['specialist', 'specialist@desk.example.org'],
    ['admin', 'admin@desk.example.org'],
  ] as const) {
    await store.createUser({ email, name: `E2E ${role}`, role, passwordHash: await hashPassword(PASSWORD) });
  }
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await server?.close();
  await app?.close();
  await store?.close();
  await sink?.close();
});

void describe('the desk in Chromium', { timeout: 10 * 60 * 1000 }, () => {
  void test('ask → review → edit → send → received, with the audit trail', async () => {
    const { subject, message } = exampleQuestion();

    // A person asks on the public form.
    const person = await (await browser.newContext()).newPage();
    await person.goto(`${server.url}/ask`);
    await person.fill('#name', 'Anna Smith');
    await person.fill('#email', 'anna.smith@example.org');
    await person.fill('#subject', subject);
    await person.fill('#message', message);
    await person.check('#consent');
    await person.click('form button[type=submit]');
    const reference = ((await person.locator('#reference').textContent()) ?? '').trim();
    assert.match(reference, /^RD-\d{4}-\d+$/);
    await screenshot(person, ARTIFACTS, '01-person-asked');

    // A specialist signs in and finds it in the queue.
    const context = await browser.newContext({ viewport: { width: 1200, height: 900 }, bypassCSP: true });
    const page = await context.newPage();
    await page.goto(`${server.url}/staff/login`);
    await assertAccessible(page, 'login page');
    await screenshot(page, ARTIFACTS, '02-login');
    await signIn(page, 'specialist@desk.example.org');
    assert.match(page.url(), /\/staff\/inquiries$/);
    await assertAccessible(page, 'queue');
    await screenshot(page, ARTIFACTS, '03-queue');
    await page.click(`a:text("${reference}")`);

    // The inquiry page: the two sections and their sources.
    const inquiry = await store.getInquiryByReference(reference);
    assert.ok(inquiry);
    const draft = (await store.getReplyForInquiry(inquiry.id))!.draft;
    assert.deepEqual(
      draft.sections.map((s) => s.type),
      ['treatment', 'find_specialist'],
    );
    for (const [i, section] of draft.sections.entries()) {
      assert.equal(await page.locator(`#sec-${i}`).textContent(), `${i + 1}. ${section.heading}`);
      const sources = page.locator(`section[aria-labelledby="sec-${i}"] table`);
      for (const id of section.articleIds.slice(0, 1))
        assert.ok(((await sources.textContent()) ?? '').includes(id), id);
    }
    await assertAccessible(page, 'inquiry page');
    await screenshot(page, ARTIFACTS, '04-inquiry');

    // Edit the treatment section.
    const edited =
      'Currently there is no treatment to stop the progression of progressive hemifacial atrophy. After the condition stabilizes, reconstructive surgery can restore the shape of the face.';
    await page.fill('#text-0', edited);
    await page.click('button:text("Save section 1")');
    assert.equal(((await page.locator('.notice').first().textContent()) ?? '').trim(), 'Section saved.');
    assert.ok(
      ((await page.locator('section[aria-labelledby="sec-0"] .letter-text').textContent()) ?? '').includes(
        'reconstructive surgery can restore',
      ),
    );

    // Preview exactly what will be sent.
    await page.click('a:text("Preview exactly what will be sent")');
    const previewText = (await page.locator('#preview-text').textContent()) ?? '';
    assert.ok(previewText.includes('reconstructive surgery can restore'));
    await assertAccessible(page, 'preview');
    await screenshot(page, ARTIFACTS, '05-preview');
    await page.goBack();

    // Send.
    await page.click('button:text("Send the reply")');
    assert.equal(((await page.locator('.notice').first().textContent()) ?? '').trim(), 'Reply sent.');
    await sink.waitFor(1);
    const mail = sink.messages[0];
    const sentLetter = (await store.getReplyForInquiry(inquiry.id))!.edited!;
    for (const section of sentLetter.sections) {
      assert.ok(mail.text?.includes(section.heading), `received text has "${section.heading}"`);
    }
    assert.ok(mail.text?.includes('reconstructive surgery can restore'), 'the edit was sent');
    assert.ok(sentLetter.references.length > 0);
    for (const ref of sentLetter.references)
      assert.ok(mail.text?.includes(ref.title), `reference "${ref.title}"`);
    assert.match(String(mail.html), /reconstructive surgery can restore/);

    // The audit trail shows each step, with who did it.
    const audit = (await page.locator('#audit tbody').textContent()) ?? '';
    for (const step of ['received', 'drafted', 'claimed', 'section_edited', 'send_requested', 'sent']) {
      assert.ok(audit.includes(step), `audit shows ${step}`);
    }
    assert.ok(audit.includes('E2E specialist (specialist)'));
    await assertAccessible(page, 'inquiry page after sending');
    await screenshot(page, ARTIFACTS, '06-sent-with-audit');
  });

  void test('axe-core: the admin pages have no serious or critical violations', async () => {
    const context = await browser.newContext({ viewport: { width: 1200, height: 900 }, bypassCSP: true });
    const page = await context.newPage();
    await signIn(page, 'admin@desk.example.org');
    for (const [pathname, name] of [
      ['/staff/users', '07-accounts'],
      ['/staff/account', '08-own-account'],
      ['/staff/inquiries?status=all', '09-queue-all'],
    ] as const) {
      await page.goto(`${server.url}${pathname}`);
      await assertAccessible(page, pathname);
      await screenshot(page, ARTIFACTS, name);
    }
  });
});
