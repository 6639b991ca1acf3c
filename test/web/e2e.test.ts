/**
 * The public website end to end in headless Chromium (Debian's `chromium`, driven by
 * playwright-core) against a real server on 127.0.0.1 over the real knowledge base: search with a
 * misspelling, ask the example question, the instant answer, keyboard-only use, and axe-core with no
 * serious or critical violations. Screenshots of the main pages go to test-artifacts/web/.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import type { App } from '../../src/app.js';
import { createApp } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import type { Store } from '../../src/store/index.js';
import { startServer, type RunningServer } from '../../src/web/index.js';
import { openTestKbCopy } from '../support/kb.js';
import {
  artifactsDir,
  exampleQuestion,
  launchBrowser,
  screenshot,
  violationLines,
} from '../support/browser.js';

const ARTIFACTS = artifactsDir('web');

let store: Store;
let app: App;
let server: RunningServer;
let browser: Browser;

before(async () => {
  store = await openTestKbCopy();
  app = await createApp(loadConfig(), store);
  server = await startServer(app, { port: 0, host: '127.0.0.1', staff: { secureCookies: false } });
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await server?.close();
  await app?.close();
  await store?.close();
});

async function newPage(options: { bypassCSP?: boolean } = {}): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1024, height: 800 }, ...options });
  return context.newPage();
}

void describe('public website in Chromium', { timeout: 10 * 60 * 1000 }, () => {
  void test('search with a misspelling, autocomplete, and open the condition page', async () => {
    const page = await newPage();
    await page.goto(`${server.url}/`);
    await page.fill('#q', 'parry romburg');
    // autocomplete suggests the condition as the person types
    const option = page.locator('#suggest-0 [role="option"]').first();
    await option.waitFor({ state: 'visible' });
    assert.match((await option.textContent()) ?? '', /Facial hemiatrophy/);
    await screenshot(page, ARTIFACTS, 'home-autocomplete');
    await page.press('#q', 'Escape');
    await page.press('#q', 'Enter');
    await page.waitForURL(/\/search\?q=parry\+romburg/);
    await screenshot(page, ARTIFACTS, 'search');
    await page.locator('ol.results a.name').first().click();
    await page.waitForURL(/\/conditions\/GARD%3A7338$/);
    assert.equal(await page.locator('h1').textContent(), 'Facial hemiatrophy');
    assert.match((await page.locator('.also').textContent()) ?? '', /Parry-Romberg syndrome/);
    await screenshot(page, ARTIFACTS, 'condition');
    await page.context().close();
  });

  void test('autocomplete by keyboard: arrow down and Enter open the condition', async () => {
    const page = await newPage();
    await page.goto(`${server.url}/search`);
    await page.locator('#q').pressSequentially('parry romb', { delay: 20 });
    await page.locator('#suggest-0 [role="option"]').first().waitFor({ state: 'visible' });
    await page.keyboard.press('ArrowDown');
    assert.equal(await page.getAttribute('#q', 'aria-activedescendant'), 'suggest-0-0');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/conditions\//);
    assert.ok((await page.locator('h1').textContent())?.length);
    await page.context().close();
  });

  void test('ask the example question: an error keeps what was typed, then the confirmation', async () => {
    const { subject, message } = exampleQuestion();
    const page = await newPage();
    await page.goto(`${server.url}/ask`);
    await page.fill('#subject', subject);
    await page.fill('#message', message);
    await page.check('#consent');
    await page.click('button[type="submit"]');
    // no email: an error next to the field, everything else kept
    await page.waitForSelector('#email-error');
    assert.equal(await page.inputValue('#message'), message);
    assert.equal(await page.inputValue('#subject'), subject);
    assert.ok(await page.isChecked('#consent'));
    await screenshot(page, ARTIFACTS, 'ask-errors');
    await page.fill('#email', 'friend@example.org');
    await page.click('button[type="submit"]');
    await page.waitForSelector('#reference');
    const reference = (await page.textContent('#reference')) ?? '';
    assert.match(await page.locator('h1').innerText(), /we received your question/i);
    const inquiry = await store.getInquiryByReference(reference);
    assert.equal(inquiry?.subject, subject);
    assert.equal(inquiry?.status, 'drafted');
    await screenshot(page, ARTIFACTS, 'ask-confirmation');
    await page.context().close();
  });

  void test('the instant answer shows both sections, marked as not reviewed', async () => {
    const { message } = exampleQuestion();
    const page = await newPage();
    await page.goto(`${server.url}/answer?q=${encodeURIComponent(message)}`);
    const headings = await page.locator('.letter section h2').allInnerTexts();
    assert.equal(headings.length, 2, headings.join(' | '));
    assert.match(headings[0], /^How might .+ be treated\?$/i);
    assert.match(headings[1], /^How can I find physicians who are knowledgeable about .+\?$/i);
    assert.match(await page.locator('.notice.warn').first().innerText(), /not reviewed/i);
    await screenshot(page, ARTIFACTS, 'answer');
    await page.context().close();
  });

  void test('symptom search page', async () => {
    const page = await newPage();
    await page.goto(`${server.url}/symptoms`);
    await page.fill('#symptoms', 'fits, one side of the face is shrinking');
    await page.click('button[type="submit"]');
    await page.waitForSelector('ol.results');
    assert.match(await page.locator('#not-a-diagnosis').innerText(), /not a diagnosis/i);
    await screenshot(page, ARTIFACTS, 'symptoms');
    await page.context().close();
  });

  void test('keyboard only: skip link, search, results and the condition page', async () => {
    const page = await newPage();
    await page.goto(`${server.url}/`);
    await page.keyboard.press('Tab');
    const skip = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      return {
        text: el.textContent,
        outline: getComputedStyle(el).outlineStyle,
        top: el.getBoundingClientRect().top,
      };
    });
    assert.equal(skip.text, 'Skip to main content');
    assert.notEqual(skip.outline, 'none', 'focus is visible');
    assert.ok(skip.top >= 0, 'the focused skip link is on screen');
    await page.keyboard.press('Enter');
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'main');
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'q', 'the search box follows');
    await page.keyboard.type('parry romburg');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/search\?/);
    // Tab until the first result is focused (bounded), then open it
    let onResult = false;
    for (let i = 0; i < 20 && !onResult; i++) {
      await page.keyboard.press('Tab');
      onResult = await page.evaluate(() => document.activeElement?.classList.contains('name') ?? false);
    }
    assert.ok(onResult, 'the first result is reachable with Tab');
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    assert.notEqual(outline, 'none');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/conditions\//);
    assert.equal(await page.locator('h1').textContent(), 'Facial hemiatrophy');
    await page.context().close();
  });

  void test('axe-core: no serious or critical violations on the main pages', async () => {
    const { message } = exampleQuestion();
    const pages: Array<[string, string]> = [
      ['home', '/'],
      ['search-results', '/search?q=parry+romburg'],
      ['condition-7338', '/conditions/GARD%3A7338'],
      ['condition-shortened', '/conditions/UMLS%3AC0006142'],
      ['ask', '/ask'],
      ['symptom-results', `/symptoms?q=${encodeURIComponent('seizures, one side of the face is shrinking')}`],
      ['answer', `/answer?q=${encodeURIComponent(message)}`],
      ['api-docs', '/api/docs'],
      ['not-found', '/conditions/GARD%3A99999999'],
    ];
    const page = await newPage({ bypassCSP: true });
    const problems: string[] = [];
    for (const [name, url] of pages) {
      await page.goto(`${server.url}${url}`);
      problems.push(...(await violationLines(page, name)));
    }
    // the ask form with errors shown
    await page.goto(`${server.url}/ask`);
    await page.click('button[type="submit"]');
    await page.waitForSelector('.error-summary');
    problems.push(...(await violationLines(page, 'ask-errors')));
    // a phone-sized screen
    await page.setViewportSize({ width: 375, height: 740 });
    await page.goto(`${server.url}/conditions/GARD%3A7338`);
    await screenshot(page, ARTIFACTS, 'condition-phone');
    problems.push(...(await violationLines(page, 'condition-phone')));
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `no sideways scrolling on a phone (overflow ${overflow}px)`);
    assert.deepEqual(problems, []);
    await page.context().close();
  });
});
