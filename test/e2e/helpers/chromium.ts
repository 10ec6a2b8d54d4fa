// Launch the system Chromium with the built extension (the recipe verified in ARCHITECTURE.md).
// No browser is downloaded: without /usr/bin/chromium the tests FAIL with a clear message.
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { installDebianPackage } from './debian-package.js';
import puppeteer, { type Browser, type Extension, type Page } from 'puppeteer-core';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/** The system Chromium; installs Debian's package when running as root on Debian, else throws. */
export function findChromium(): string {
  const found = CANDIDATES.find((p) => existsSync(p));
  if (found) return found;
  if (installDebianPackage('chromium', '/usr/bin/chromium') && existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  throw new Error(
    `End-to-end tests need a system Chromium at one of ${CANDIDATES.join(', ')}. Install it (Debian: apt-get install chromium) and run npm test again; these tests are never skipped.`,
  );
}

export interface ChromeHarness {
  browser: Browser;
  ext: Extension;
  extensionId: string;
  downloads: string;
}

/** `args`: extra command-line switches (--host-resolver-rules for the vendor's named hosts). */
export async function launchChrome(args: string[] = []): Promise<ChromeHarness> {
  const dist = resolve('dist/chrome/manifest.json');
  if (!existsSync(dist)) throw new Error('dist/chrome is missing: npm test builds it first (npm run build).');
  const browser = await puppeteer.launch({
    executablePath: findChromium(),
    headless: true,
    pipe: true,
    enableExtensions: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', ...args],
  });
  const extensionId = await browser.installExtension(resolve('dist/chrome'));
  const ext = (await browser.extensions()).get(extensionId);
  if (!ext) throw new Error(`extension ${extensionId} did not load`);
  const downloads = mkdtempSync(join(tmpdir(), 'contact-audit-downloads-'));
  const session = await browser.target().createCDPSession();
  await session.send('Browser.setDownloadBehavior', { behavior: 'allow', downloadPath: downloads, eventsEnabled: true });
  return { browser, ext, extensionId, downloads };
}

/** Click the toolbar button on `page` and return the real popup that opens. */
export async function openPopup(h: ChromeHarness, page: Page): Promise<Page> {
  await page.bringToFront();
  const popupUrl = `chrome-extension://${h.extensionId}/popup.html`;
  const waiting = h.browser.waitForTarget((t) => t.url().startsWith(popupUrl), { timeout: 10_000 });
  await page.triggerExtensionAction(h.ext);
  const popup = await (await waiting).asPage();
  await popup.waitForSelector('[data-testid="status"]');
  return popup;
}

/** Open `url` in a new tab, click the toolbar button, and return the popup once the audit is done. */
export async function auditedPopup(h: ChromeHarness, url: string): Promise<Page> {
  const tab = await h.browser.newPage();
  await tab.goto(url);
  const popup = await openPopup(h, tab);
  await waitForStatus(popup, 'done');
  return popup;
}

export async function statusOf(popup: Page): Promise<string> {
  return popup.$eval('[data-testid="status"]', (el) => el.textContent ?? '');
}

export async function waitForStatus(popup: Page, status: string, timeout = 60_000): Promise<void> {
  await popup.waitForFunction((s) => document.querySelector('[data-testid="status"]')?.textContent === s, { timeout, polling: 100 }, status);
}

export async function textOf(popup: Page, testId: string): Promise<string> {
  return popup.$eval(`[data-testid="${testId}"]`, (el) => el.textContent ?? '');
}

/** Link texts of a breadcrumb, in order. */
export async function pathSteps(popup: Page, role: 'sales' | 'support'): Promise<string[]> {
  return popup.$$eval(`[data-testid="path-${role}"] li button`, (els) => els.map((e) => e.textContent ?? ''));
}

/** Evaluate an expression in the extension's service worker (wakes it if stopped). */
export async function inWorker<T>(h: ChromeHarness, expression: string): Promise<T> {
  const target = await h.browser.waitForTarget((t) => t.type() === 'service_worker' && t.url().startsWith(`chrome-extension://${h.extensionId}/`), {
    timeout: 10_000,
  });
  const worker = await target.worker();
  if (!worker) throw new Error('no service worker');
  return (await worker.evaluate(expression)) as T;
}
