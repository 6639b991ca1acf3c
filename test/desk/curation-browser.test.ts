/**
 * The knowledge-base and dashboard pages in headless Chromium (Debian's `chromium`, driven by
 * playwright-core) over real HTTP on loopback: a curator signs in, opens each page, edits an article
 * through the form, and axe-core finds no serious or critical violation. Screenshots go to
 * test-artifacts/desk/.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { createApp } from '../../src/app.js';
import type { App } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import { hashPassword, receiveInquiry } from '../../src/desk/index.js';
import { reloadsSettled } from '../../src/desk/curation/index.js';
import type { Store } from '../../src/store/index.js';
import { startServer, type RunningServer } from '../../src/web/index.js';
import { openTestKbCopy } from '../support/kb.js';
import { artifactsDir, launchBrowser, screenshot, violationLines } from '../support/browser.js';

const ARTIFACTS = artifactsDir('desk');

const PASSWORD = 'a long enough curator password';
const CONDITION = 'GARD:7338';

void describe('curation and dashboard pages in Chromium', { timeout: 10 * 60 * 1000 }, () => {
  let store: Store;
  let app: App;
  let server: RunningServer;
  let browser: Browser;
  let page: Page;

  before(async () => {
    store = await openTestKbCopy();
    app = await createApp(loadConfig(), store);
    await store.createUser({
      email: 'curator@desk.example.org',
      name: 'Cora Curator',
      role: 'curator',
      passwordHash: await hashPassword(PASSWORD),
    });
    await receiveInquiry(app, {
      channel: 'web',
      name: null,
      email: 'someone@example.org',
      subject: 'Fabry disease',
      message: 'What diet helps with Fabry disease? How is Fabry disease treated?',
      consent: true,
    });
    server = await startServer(app, { port: 0, host: '127.0.0.1', staff: { secureCookies: false } });
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
    // the machine may be busy (2 shared cores): allow slow responses
    page.setDefaultTimeout(120_000);
    page.setDefaultNavigationTimeout(120_000);
    await page.goto(`${server.url}/staff/kb`);
    await page.fill('#email', 'curator@desk.example.org');
    await page.fill('#password', PASSWORD);
    await Promise.all([page.waitForURL(/\/staff\/kb/), page.click('button[type=submit]')]);
  });

  after(async () => {
    await browser?.close();
    await server?.close();
    if (app) await reloadsSettled(app);
    await app?.close();
    await store?.close();
  });

  const pages = (articleId: string) => [
    ['kb-search', `/staff/kb?q=${encodeURIComponent('hemifacial atrophy')}`],
    ['kb-condition', `/staff/kb/conditions/${encodeURIComponent(CONDITION)}`],
    ['kb-article', `/staff/kb/articles/${encodeURIComponent(articleId)}`],
    ['kb-versions', `/staff/kb/articles/${encodeURIComponent(articleId)}/versions`],
    ['kb-new-article', `/staff/kb/articles/new?conditionId=${encodeURIComponent(CONDITION)}&type=research`],
    ['kb-gaps', '/staff/kb/gaps'],
    ['kb-stale', '/staff/kb/stale'],
    ['kb-organizations', '/staff/kb/organizations'],
    ['kb-organization-new', '/staff/kb/organizations/new'],
    ['dashboard', '/staff/dashboard'],
  ];

  void it('edits an article through the form and shows every page without serious accessibility problems', async () => {
    const articles = await store.listArticlesByCondition(CONDITION);
    const article = articles.find((a) => a.questionType === 'treatment' && a.hasAnswer);
    assert.ok(article);
    await page.goto(`${server.url}/staff/kb/articles/${encodeURIComponent(article.id)}`);
    await page.fill('#block-0-text', 'Treatment may include fat grafting [1].');
    await page.fill('#ref-0-title', 'Fat grafting in facial hemiatrophy');
    await page.fill('#note', 'browser edit');
    await Promise.all([
      page.waitForURL(/done=saved/),
      page.click('button:has-text("Save as a new version")'),
    ]);
    assert.match((await page.textContent('.notice')) ?? '', /Saved as a new version/);
    const saved = await store.getArticle(article.id);
    assert.equal(saved?.blocks[0]?.type, 'paragraph');
    assert.equal(saved?.version, article.version + 1);

    const problems: string[] = [];
    for (const [name, path] of pages(article.id)) {
      const res = await page.goto(`${server.url}${path}`);
      assert.equal(res?.status(), 200, path);
      await screenshot(page, ARTIFACTS, name, name !== 'kb-stale');
      problems.push(...(await violationLines(page, path)));
    }
    assert.deepEqual(problems, []);
  });
});
