// Checks run on the real popup page: accessibility (axe-core), downloads, screenshots, the badge.
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import type { ChromeHarness } from './chromium.js';

const require = createRequire(import.meta.url);

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/**
 * Run axe-core in the popup. Evaluated over CDP rather than added as a <script>: the extension
 * page's CSP (script-src 'self') would block an injected inline script, and should.
 */
export async function axeViolations(popup: Page): Promise<AxeViolation[]> {
  const source = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
  await popup.evaluate(source);
  const json = await popup.evaluate(`axe.run(document, { resultTypes: ['violations'] }).then((r) => JSON.stringify(r.violations))`);
  return JSON.parse(String(json)) as AxeViolation[];
}

/** Wait for a finished download whose name matches (Chrome writes .crdownload until done). */
export async function waitForDownload(dir: string, pattern: RegExp, timeout = 10_000): Promise<string> {
  const until = Date.now() + timeout;
  while (Date.now() < until) {
    const name = readdirSync(dir).find((f) => pattern.test(f) && !f.endsWith('.crdownload'));
    if (name && statSync(join(dir, name)).size > 0) return join(dir, name);
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no download matching ${pattern} in ${dir}: ${readdirSync(dir).join(', ')}`);
}

export async function tabIdOf(popup: Page): Promise<number> {
  return Number(await popup.evaluate(`chrome.tabs.query({ active: true, currentWindow: true }).then((t) => t[0].id)`));
}

export async function badgeOf(popup: Page, tabId: number): Promise<{ text: string; colour: number[] }> {
  const json = await popup.evaluate(
    `Promise.all([chrome.action.getBadgeText({ tabId: ${tabId} }), chrome.action.getBadgeBackgroundColor({ tabId: ${tabId} })]).then(([text, colour]) => JSON.stringify({ text, colour }))`,
  );
  return JSON.parse(String(json)) as { text: string; colour: number[] };
}

export function hexToRgb(hex: string): number[] {
  return [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
}

/**
 * Screenshots of the real popup for the README (docs/screenshots/): what a user sees in the 600 px
 * a popup may be tall, then (when it scrolls) its end. Headless Chromium tiles a popup captured past
 * its window, so a long popup is shot in two views, not one. Written when missing or when
 * UPDATE_SCREENSHOTS=1, so ordinary test runs do not churn the committed images (the port differs).
 */
export async function screenshot(popup: Page, name: string): Promise<void> {
  const dir = 'docs/screenshots';
  if (existsSync(join(dir, `${name}.png`)) && !process.env.UPDATE_SCREENSHOTS) return;
  if (!existsSync(dir)) mkdirSync(dir, { recursive: true });
  const height = Number(await popup.evaluate("Math.ceil(document.getElementById('app').getBoundingClientRect().bottom)"));
  await popup.setViewport({ width: 400, height: Math.min(height, 600) });
  await popup.evaluate('window.scrollTo(0, 0)');
  await popup.screenshot({ path: join(dir, `${name}.png`) as `${string}.png` });
  if (height > 600) {
    await popup.evaluate('window.scrollTo(0, document.documentElement.scrollHeight)');
    await popup.screenshot({ path: join(dir, `${name}-end.png`) as `${string}.png` });
    await popup.evaluate('window.scrollTo(0, 0)');
  }
}

/** The stored audit of every tab, read from extension storage through an extension page. */
export async function storedStates(page: Page): Promise<Record<string, unknown>> {
  return JSON.parse(String(await page.evaluate(`chrome.storage.local.get(null).then((x) => JSON.stringify(x))`))) as Record<string, unknown>;
}

export type { ChromeHarness };
