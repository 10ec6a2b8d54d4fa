// Several tabs at once in Firefox ESR (issue #6), ported from chrome-concurrency.test.ts: a tab closed
// mid-audit, and two sites audited side by side. Firefox runs the worker as an event page and ends
// tabs, ports and popups its own way, so the Chromium results do not carry over on their own.
// Storage and badges are read from an extension tab (the observer, opened in the background so a
// popup stays open); the popup's DOM through browser.extension.getViews (see helpers/firefox.ts).
// Not checked here: the worker's uncaught errors (BiDi exposes no log of the background page).
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';
import type { StaticServer } from '../../scripts/lib/static-server.js';
import { auditOfTab, auditsIn, historyIn, leftoverPageKeys, pollStorage, type StoredAudit } from './helpers/extension-state.js';
import {
  badgeOf,
  clearExtensionStorage,
  clickToolbarButton,
  extensionStorage,
  inPopup,
  launchFirefox,
  openExtensionPage,
  type FirefoxHarness,
} from './helpers/firefox.js';
import { requestsFor, Sites, sleep } from './helpers/sites.js';

let h: FirefoxHarness;
let observer: Page;
const sites = new Sites();

beforeAll(async () => {
  h = await launchFirefox(mkdtempSync(join(tmpdir(), 'contact-audit-ff-downloads-')));
  observer = await openExtensionPage(h, 'options.html', true);
});
afterEach(async () => {
  // Each test starts from an empty extension storage and default settings.
  await clearExtensionStorage(observer);
});
afterAll(async () => {
  await h?.browser.close();
  await sites.closeAll();
});

const stored = () => extensionStorage(observer);
const waitFor = (what: string, ok: (all: Record<string, unknown>) => boolean, timeout?: number) => pollStorage(stored, what, ok, timeout);

/**
 * Open a tab on the site, press the toolbar button and wait until its audit has crawled a page (well
 * under way). The tab's id comes from the stored audit: the popup's own tab query is not reachable
 * from here, and without the "tabs" permission a URL query finds nothing.
 */
async function auditIn(site: StaticServer, tabsBefore = new Set<number>()): Promise<{ page: Page; tabId: number }> {
  const page = await h.browser.newPage();
  await page.goto(`${site.origin}/`);
  await clickToolbarButton(h, page);
  const ours = (x: Record<string, unknown>): StoredAudit | undefined => auditsIn(x).find((s) => s.site === site.origin && !tabsBefore.has(s.tabId));
  // A fast site can finish before the first look (a finished audit keeps no page list).
  const all = await waitFor(
    `a first page of ${site.origin}`,
    (x) => (ours(x)?.pageUrls.length ?? 0) > 0 || (ours(x)?.status ?? 'crawling') !== 'crawling',
    20_000,
  );
  return { page, tabId: ours(all)?.tabId as number };
}

interface PopupView {
  status: string;
  headline: string;
  overall: string;
  contacts: string;
  notice: string | null;
}
const READ_POPUP = `
  const q = (sel) => popup.document.querySelector(sel);
  return { status: q('[data-testid="status"]')?.textContent ?? '', headline: q('.headline')?.textContent ?? '', overall: q('[data-testid="score-overall"]')?.textContent ?? '',
    contacts: q('[data-testid="contacts"]')?.textContent ?? '', notice: q('[data-testid="notice"]')?.textContent ?? null };`;
/**
 * The popup of `site` once it shows `status`. Matched by its headline: right after a tab switch the
 * previous tab's popup can still be the one getViews finds, on its way out.
 */
async function popupWhen(site: StaticServer, status: string): Promise<PopupView> {
  const host = new URL(site.origin).host;
  let view: PopupView | undefined;
  await expect
    .poll(
      async () => {
        view = await inPopup<PopupView>(observer, READ_POPUP);
        return view?.headline.includes(host) ? view.status : `${view?.status}: ${view?.headline}`;
      },
      { timeout: 30_000 },
    )
    .toBe(status);
  return view as PopupView;
}

it('a tab closed mid-audit: its audit ends as interrupted, the other tab and the history are untouched, a new audit works', async () => {
  // History from before: it must come out of this unchanged.
  const before = await sites.serve('plain-sight', 0);
  const earlier = await auditIn(before);
  const historyBefore = historyIn(await waitFor('the earlier audit to finish', (x) => historyIn(x, before.origin).length > 0), before.origin);
  expect(historyBefore).toHaveLength(1);
  await earlier.page.close();

  const closing = await sites.serve('demo-vendor', 500);
  const other = await sites.serve('sales-three-deep', 300);
  const a = await auditIn(closing);
  const b = await auditIn(other); // closes the first tab's popup, as a click would
  expect(auditOfTab(await stored(), a.tabId)?.status, 'the first audit must still run when its tab closes').toBe('crawling');
  await a.page.close();

  // The closed tab's audit: ended at once, kept as a partial report that says why.
  const ended = await waitFor('the closed tab’s audit to end', (all) => auditOfTab(all, a.tabId)?.status !== 'crawling', 10_000);
  const closed = auditOfTab(ended, a.tabId);
  expect(closed?.status).toBe('done');
  expect(closed?.report?.partial).toBe(true);
  expect(closed?.report?.partialReason).toMatch(/^The tab was closed before the audit finished/);
  // Its crawl died with the tab: nothing more is requested from that site.
  await sleep(1_000);
  const requestsAfterClose = closing.requests.length;
  await sleep(1_500);
  expect(closing.requests.length).toBe(requestsAfterClose);

  // The other tab's audit runs to its end, complete, with its own site's contacts only: in its popup
  // (still open on the selected tab) and in storage.
  const view = await popupWhen(other, 'done');
  expect(view.notice).toBeNull();
  expect(view.contacts).toContain('support@halvorsen-sensors.example');
  expect(view.contacts).not.toContain('acme-outdoor.example');
  const all = await waitFor('the other tab’s history entry', (x) => historyIn(x, other.origin).length > 0);
  const finished = auditOfTab(all, b.tabId);
  expect(finished?.report?.partial).toBe(false);
  expect(finished?.report?.findings.map((f) => f.value).join(' ')).not.toContain('acme-outdoor.example');
  expect(historyIn(all, before.origin)).toEqual(historyBefore);
  expect(historyIn(all, closing.origin).map((e) => e.partial)).toEqual([true]);
  expect(historyIn(all, other.origin).map((e) => e.partial)).toEqual([false]);
  expect(leftoverPageKeys(all)).toEqual([]);

  // A new tab on the same site audits it afresh (the interrupted report is not offered as the site's audit).
  const robotsBefore = requestsFor(closing, '/robots.txt');
  const again = await auditIn(closing, new Set([a.tabId]));
  expect(again.tabId).not.toBe(a.tabId);
  const againView = await popupWhen(closing, 'done');
  expect(requestsFor(closing, '/robots.txt')).toBe(robotsBefore + 1);
  expect(againView.notice).toBeNull();
  expect(againView.contacts).toContain('support@acme-outdoor.example');
  const last = await waitFor('the new audit’s history entry', (x) => historyIn(x, closing.origin).length === 2);
  expect(historyIn(last, closing.origin).map((e) => e.partial)).toEqual([true, false]);
  expect(auditOfTab(last, again.tabId)?.report?.partial).toBe(false);
}, 120_000);

it('two tabs on two sites audited at once: each popup, stored state and badge has its own site only', async () => {
  // Slower than in Chromium: the second tab's audit takes Firefox about two seconds to get going,
  // and the first must still be crawling then (at 300 ms it ended ~2.5 s after the second began).
  const acme = await sites.serve('demo-vendor', 500);
  const halvorsen = await sites.serve('sales-three-deep', 300);
  const a = await auditIn(acme);
  const b = await auditIn(halvorsen);
  // Both running at the same time.
  const running = auditsIn(await stored()).filter((s) => s.status === 'crawling');
  expect(running.map((s) => s.site).sort()).toEqual([acme.origin, halvorsen.origin].sort());

  const done = await waitFor(
    'both audits to finish',
    (all) =>
      auditsIn(all).length === 2 &&
      auditsIn(all).every((s) => s.status === 'done') &&
      historyIn(all, acme.origin).length + historyIn(all, halvorsen.origin).length === 2 &&
      // The worker stores "done" first and drops the crawled pages after it: wait for both.
      leftoverPageKeys(all).length === 0,
  );
  const views: [typeof a, StaticServer, string, string][] = [
    [a, acme, 'support@acme-outdoor.example', 'halvorsen-sensors.example'],
    [b, halvorsen, 'support@halvorsen-sensors.example', 'acme-outdoor.example'],
  ];
  for (const [tab, site, own, foreign] of views) {
    const state = auditOfTab(done, tab.tabId);
    expect(state?.site).toBe(site.origin);
    expect(auditsIn(done).filter((s) => s.site === site.origin)).toHaveLength(1);
    expect(state?.report?.partial).toBe(false);
    expect(new URL(state?.report?.site ?? 'about:blank').origin).toBe(site.origin);
    const values = state?.report?.findings.map((f) => f.value) ?? [];
    expect(values).toContain(own);
    expect(values.join(' ')).not.toContain(foreign);
    // The popup on each tab shows that tab's site, whatever was audited next door.
    await clickToolbarButton(h, tab.page);
    const view = await popupWhen(site, 'done');
    expect(view.contacts).toContain(own);
    expect(view.contacts).not.toContain(foreign);
    expect(await badgeOf(observer, tab.tabId)).toBe(view.overall);
    expect(historyIn(done, site.origin)).toHaveLength(1);
  }
  expect(leftoverPageKeys(done)).toEqual([]);
}, 120_000);
