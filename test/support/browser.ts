/**
 * Shared pieces of the browser tests: Debian's Chromium driven by playwright-core (never a downloaded
 * browser), axe-core checks, screenshots, and the example question of the shared reply.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import axe from 'axe-core';
import { chromium, type Browser, type Page } from 'playwright-core';
import { PROJECT_ROOT } from '../../src/config.js';

export const CHROMIUM = '/usr/bin/chromium';

const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Launches headless Chromium; fails with the install command when it is missing. */
export async function launchBrowser(): Promise<Browser> {
  assert.ok(fs.existsSync(CHROMIUM), `${CHROMIUM} is missing: apt-get install -y chromium`);
  return chromium.launch({ executablePath: CHROMIUM, args: ARGS });
}

/** The folder for a test area's screenshots (test-artifacts/<area>), created if needed. */
export function artifactsDir(area: string): string {
  const dir = path.join(PROJECT_ROOT, 'test-artifacts', area);
  fs.mkdirSync(dir, { recursive: true });
  return dir;
}

export async function screenshot(page: Page, dir: string, name: string, fullPage = true): Promise<void> {
  await page.screenshot({ path: path.join(dir, `${name}.png`), fullPage });
}

export interface Violation {
  id: string;
  impact: string;
  nodes: string[];
}

/** Runs axe-core (WCAG 2.1 A/AA and best practice) on the page; returns the serious and critical violations. */
export async function seriousViolations(page: Page): Promise<Violation[]> {
  await page.evaluate(axe.source);
  const result = await page.evaluate(async () => {
    const r = await (window as unknown as { axe: typeof axe }).axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
    });
    return r.violations.map((v) => ({
      id: v.id,
      impact: v.impact ?? '',
      nodes: v.nodes.map((n) => n.html.slice(0, 120)),
    }));
  });
  return result.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

/** `seriousViolations` as one readable line each, prefixed with `label` (empty when the page passes). */
export async function violationLines(page: Page, label: string): Promise<string[]> {
  return (await seriousViolations(page)).map((v) => `${label}: ${v.id} (${v.impact}) ${v.nodes.join(' | ')}`);
}

const EXAMPLE_FILE = path.join(
  PROJECT_ROOT,
  '..',
  'shared',
  'examples',
  'reply-progressive-hemifacial-atrophy.txt',
);

/** The example letter's subject (its title line) and the person's question (the first line that asks). */
export function exampleQuestion(): { subject: string; message: string } {
  const lines = fs
    .readFileSync(EXAMPLE_FILE, 'utf8')
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '');
  const message = lines.find((l) => l.endsWith('?'));
  assert.ok(lines[1] && message, 'the example file has a title and a question');
  return { subject: lines[1], message };
}
