// What must survive: a closed popup, a stopped service worker, a tab that navigates away, a re-run,
// and the history the options page keeps. Slow fixture servers keep the audit running long enough.
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launchChrome, openPopup, statusOf, textOf, waitForStatus, type ChromeHarness } from './helpers/chromium.js';
import { axeViolations, storedStates, tabIdOf } from './helpers/popup-checks.js';
import { requestsFor, Sites, sleep, waitForFirstPage } from './helpers/sites.js';

let h: ChromeHarness;
const sites = new Sites();

beforeAll(async () => {
  h = await launchChrome();
});
afterAll(async () => {
  await h?.browser.close();
  await sites.closeAll();
});

it('closing and reopening the popup mid-audit shows where it is; the crawl runs once; forged messages are refused', async () => {
  const site = await sites.serve('demo-vendor', 500);
  const page = await h.browser.newPage();
  await page.goto(`${site.origin}/`);
  const popup = await openPopup(h, page);
  await waitForFirstPage(popup);
  const tabId = await tabIdOf(popup);
  const auditId = (Object.values(await storedStates(popup)).find((v) => (v as { tabId?: number }).tabId === tabId) as { id: string }).id;
  // An extension page posing as the content script: refused (content messages come only from the audited tab).
  const forged = await popup.evaluate(
    `chrome.runtime.sendMessage({ type: 'content/done', auditId: '${auditId}', crawl: { startUrl: '${site.origin}/', site: '${site.origin}', errors: [], skipped: [], sitemapOnly: [] } }).then((r) => String(r), (e) => 'refused: ' + e.message)`,
  );
  expect(String(forged)).toMatch(/refused|undefined/);
  expect(await statusOf(popup)).toBe('crawling');
  await popup.close();
  await sleep(700);
  const again = await openPopup(h, page);
  // The reopened popup shows the same audit (still running, or finished meanwhile), not a new one.
  expect(['crawling', 'done']).toContain(await statusOf(again));
  await waitForStatus(again, 'done');
  expect(requestsFor(site, '/robots.txt')).toBe(1);
  expect(Number(await textOf(again, 'score-overall'))).toBeGreaterThanOrEqual(0);
  await again.close();
}, 120_000);

it('a service worker stopped mid-audit loses nothing: the audit finishes with every page', async () => {
  const site = await sites.serve('demo-vendor', 600);
  const page = await h.browser.newPage();
  await page.goto(`${site.origin}/`);
  const popup = await openPopup(h, page);
  await waitForFirstPage(popup);
  await popup.close();
  const isOurWorker = (t: { type(): string; url(): string }) => t.type() === 'service_worker' && t.url().startsWith(`chrome-extension://${h.extensionId}/`);
  const target = await h.browser.waitForTarget(isOurWorker);
  const worker = await target.worker();
  await worker?.evaluate('self.__beforeStop = true');
  await worker?.close();
  // The worker is really gone, and the engine's next request started a fresh one (no memory of the
  // old). The engine asks every few milliseconds, so the new worker may be up before a poll sees none.
  const freshWorker = async (): Promise<boolean> => {
    const target = h.browser.targets().find(isOurWorker);
    const worker = await target?.worker().catch(() => null);
    return (await worker?.evaluate('typeof self.__beforeStop').catch(() => undefined)) === 'undefined';
  };
  await expect.poll(freshWorker, { timeout: 20_000 }).toBe(true);
  const reopened = await openPopup(h, page);
  await waitForStatus(reopened, 'done');
  const contacts = await textOf(reopened, 'contacts');
  // Found before the stop (start page) and after it (two clicks deep).
  expect(contacts).toContain('noreply@acme-outdoor.example');
  expect(contacts).toContain('support@acme-outdoor.example');
  expect(requestsFor(site, '/robots.txt')).toBe(1);
  await reopened.close();
}, 120_000);

// Navigating away and reloading (same URL) both close the content script's port mid-audit.
it.each([
  ['navigating the tab away ends the audit with a partial report that says so', (page: Page, origin: string) => page.goto(`${origin}/about`)],
  ['reloading the tab mid-audit (same URL) ends it as partial too: the content script port closed', (page: Page) => page.reload()],
] as const)(
  '%s',
  async (_name, leave) => {
    const site = await sites.serve('demo-vendor', 600);
    const page = await h.browser.newPage();
    await page.goto(`${site.origin}/`);
    const popup = await openPopup(h, page);
    await waitForFirstPage(popup);
    await popup.close();
    await leave(page, site.origin);
    const after = await openPopup(h, page);
    await waitForStatus(after, 'done');
    expect(await textOf(after, 'notice')).toMatch(/Partial report: The tab navigated away or reloaded/);
    await after.close();
  },
  120_000,
);

it('re-run starts a fresh crawl; the history page shows the change and clears; the options page applies settings', async () => {
  const site = await sites.serve('sales-three-deep', 0);
  const page = await h.browser.newPage();
  await page.goto(`${site.origin}/`);
  const popup = await openPopup(h, page);
  await waitForStatus(popup, 'done');
  await popup.close();
  // Reopened within 24 h: the same audit, no new crawl.
  const reopened = await openPopup(h, page);
  expect(await statusOf(reopened)).toBe('done');
  expect(requestsFor(site, '/robots.txt')).toBe(1);
  await reopened.click('[data-testid="rerun"]');
  await waitForStatus(reopened, 'crawling', 5_000);
  await waitForStatus(reopened, 'done');
  expect(requestsFor(site, '/robots.txt')).toBe(2);
  await reopened.close();

  // The history has its own page (the options page links to it): the site's two audits and the change.
  const history = await h.browser.newPage();
  await history.goto(`chrome-extension://${h.extensionId}/history.html`);
  const section = `[data-testid="history"] section[data-site="${site.origin}"]`;
  await history.waitForSelector(section);
  const audits = await history.$eval(section, (el) => el.textContent ?? '');
  expect(audits).toMatch(/no change|more hidden|easier to find/);
  expect(audits).toContain('2 audits');
  expect(await axeViolations(history)).toEqual([]);

  const options = await h.browser.newPage();
  await options.goto(`chrome-extension://${h.extensionId}/options.html`);
  expect(await axeViolations(options)).toEqual([]);

  // Settings: a page budget of 2 applies to the next audit.
  await options.$eval('#maxPages', (el) => ((el as HTMLInputElement).value = '2'));
  await options.click('button[type="submit"]');
  await options.waitForFunction(() => document.getElementById('saved')?.textContent === 'Saved.');
  const other = await sites.serve('plain-sight', 0);
  const page2 = await h.browser.newPage();
  await page2.goto(`${other.origin}/`);
  const popup2 = await openPopup(h, page2);
  await waitForStatus(popup2, 'done');
  const stored = Object.values(await storedStates(popup2)).find((v) => (v as { site?: string }).site === other.origin) as { options: { maxPages: number } };
  expect(stored.options.maxPages).toBe(2);
  await popup2.close();

  // Clearing asks first (the history page's own test covers Cancel).
  await history.bringToFront();
  await history.click('[data-testid="clear"]');
  await history.click('[data-testid="clear-confirm"]');
  await history.waitForFunction(() => document.getElementById('status')?.textContent === 'History cleared.', { timeout: 10_000 });
}, 150_000);
