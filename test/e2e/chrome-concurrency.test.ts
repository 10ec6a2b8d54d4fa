// Several tabs at once (issue #6, lifecycle): a tab closed mid-audit, two sites audited side by side,
// the same site audited in two tabs at once. Each tab owns its audit (storage key `audit:<tab>|<site>`,
// pages under the run's id), so nothing may leak between tabs; the history is shared by all of them.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';
import { fixtureDir } from '../../scripts/lib/serve-fixture.js';
import type { Route, StaticServer } from '../../scripts/lib/static-server.js';
import { launchChrome, openPopup, statusOf, textOf, waitForStatus, type ChromeHarness } from './helpers/chromium.js';
import {
  auditOfTab,
  auditsIn,
  badgeText,
  clearStorage,
  historyIn,
  leftoverPageKeys,
  storage,
  waitForStorage,
  watchWorkerErrors,
  workerEval,
} from './helpers/extension-state.js';
import { tabIdOf } from './helpers/popup-checks.js';
import { requestsFor, Sites, sleep, waitForFirstPage } from './helpers/sites.js';

let h: ChromeHarness;
const sites = new Sites();

beforeAll(async () => {
  h = await launchChrome();
});
afterEach(async () => {
  // Each test starts from an empty extension storage and default settings.
  await clearStorage(h);
});
afterAll(async () => {
  await h?.browser.close();
  await sites.closeAll();
});

type Popup = Page;
/** Open a tab on `url`, click the toolbar button; the popup and the tab's id. */
async function auditIn(url: string): Promise<{ page: Page; popup: Popup; tabId: number }> {
  const page = await h.browser.newPage();
  await page.goto(url);
  const popup = await openPopup(h, page);
  return { page, popup, tabId: await tabIdOf(popup) };
}

it('a tab closed mid-audit: its audit ends as interrupted, the other tab and the history are untouched, a new audit works', async () => {
  const watch = await watchWorkerErrors(h);
  // Control: an unhandled rejection in the worker is seen by the watch.
  await workerEval(h, "setTimeout(() => Promise.reject(new Error('control rejection')), 0), 1");
  await expect.poll(() => watch.errors.join(' '), { timeout: 5_000 }).toContain('control rejection');
  watch.errors.length = 0;
  // History from before: it must come out of this unchanged.
  const before = await sites.serve('plain-sight', 0);
  const earlier = await auditIn(`${before.origin}/`);
  await waitForStatus(earlier.popup, 'done');
  await earlier.popup.close();
  const historyBefore = historyIn(await storage(h), before.origin);
  expect(historyBefore).toHaveLength(1);

  const closing = await sites.serve('demo-vendor', 500);
  const other = await sites.serve('sales-three-deep', 300);
  const a = await auditIn(`${closing.origin}/`);
  await waitForFirstPage(a.popup);
  const b = await auditIn(`${other.origin}/`); // opening this popup closes the first one
  await waitForFirstPage(b.popup);
  await a.page.close();

  // The closed tab's audit: ended at once, kept as a partial report that says why.
  const ended = await waitForStorage(h, 'the closed tab’s audit to end', (all) => auditOfTab(all, a.tabId)?.status !== 'crawling', 10_000);
  const closed = auditOfTab(ended, a.tabId);
  expect(closed?.status).toBe('done');
  expect(closed?.report?.partial).toBe(true);
  expect(closed?.report?.partialReason).toMatch(/^The tab was closed before the audit finished/);
  // Its crawl died with the tab: nothing more is requested from that site.
  await sleep(1_000);
  const requestsAfterClose = closing.requests.length;
  await sleep(1_500);
  expect(closing.requests.length).toBe(requestsAfterClose);

  // The other tab's audit runs to its end, complete, with its own site's contacts only.
  await waitForStatus(b.popup, 'done');
  expect(await textOf(b.popup, 'notice').catch(() => 'no notice')).toBe('no notice');
  const contactsB = await textOf(b.popup, 'contacts');
  expect(contactsB).toContain('support@halvorsen-sensors.example');
  expect(contactsB).not.toContain('acme-outdoor.example');
  await b.popup.close();

  // The popup shows the report first; the history and dropping the run's pages follow it.
  const all = await waitForStorage(h, "the finished audit's bookkeeping", (s) => leftoverPageKeys(s).length === 0 && historyIn(s, other.origin).length === 1);
  expect(auditOfTab(all, b.tabId)?.report?.partial).toBe(false);
  expect(historyIn(all, before.origin)).toEqual(historyBefore);
  expect(historyIn(all, closing.origin).map((e) => e.partial)).toEqual([true]);
  expect(historyIn(all, other.origin).map((e) => e.partial)).toEqual([false]);
  expect(leftoverPageKeys(all)).toEqual([]);

  // A new tab on the same site audits it afresh (the interrupted report is not offered as the site's audit).
  const robotsBefore = requestsFor(closing, '/robots.txt');
  const again = await auditIn(`${closing.origin}/`);
  await waitForStatus(again.popup, 'done');
  expect(requestsFor(closing, '/robots.txt')).toBe(robotsBefore + 1);
  expect(await textOf(again.popup, 'notice').catch(() => 'no notice')).toBe('no notice');
  expect(await textOf(again.popup, 'contacts')).toContain('support@acme-outdoor.example');
  expect(historyIn(await storage(h), closing.origin).map((e) => e.partial)).toEqual([true, false]);
  await again.popup.close();

  await watch.stop();
  expect(watch.errors).toEqual([]);
}, 120_000);

it('two tabs on two sites audited at once: each popup, stored state and badge has its own site only', async () => {
  const watch = await watchWorkerErrors(h);
  const acme = await sites.serve('demo-vendor', 300);
  const halvorsen = await sites.serve('sales-three-deep', 300);
  const a = await auditIn(`${acme.origin}/`);
  const b = await auditIn(`${halvorsen.origin}/`);
  // Both running at the same time.
  const running = auditsIn(await storage(h)).filter((s) => s.status === 'crawling');
  expect(running.map((s) => s.site).sort()).toEqual([acme.origin, halvorsen.origin].sort());
  await waitForStatus(b.popup, 'done');
  await b.popup.close();

  // The worker stores "done" first and drops the crawled pages after it: wait for both.
  const done = await waitForStorage(h, 'both audits to finish', (all) => auditsIn(all).every((s) => s.status === 'done') && leftoverPageKeys(all).length === 0);
  const views: [typeof a, StaticServer, string, string][] = [
    [a, acme, 'support@acme-outdoor.example', 'halvorsen-sensors.example'],
    [b, halvorsen, 'support@halvorsen-sensors.example', 'acme-outdoor.example'],
  ];
  for (const [tab, site, own, foreign] of views) {
    const state = auditOfTab(done, tab.tabId);
    expect(state?.site).toBe(site.origin);
    expect(new URL(state?.report?.site ?? 'about:blank').origin).toBe(site.origin);
    const values = state?.report?.findings.map((f) => f.value) ?? [];
    expect(values).toContain(own);
    expect(values.join(' ')).not.toContain(foreign);
    // The popup on each tab shows that tab's site, whatever was audited next door.
    const popup = await openPopup(h, tab.page);
    expect(await statusOf(popup)).toBe('done');
    expect(await popup.$eval('.headline', (el) => el.textContent ?? '')).toContain(new URL(site.origin).host);
    const contacts = await textOf(popup, 'contacts');
    expect(contacts).toContain(own);
    expect(contacts).not.toContain(foreign);
    expect(await badgeText(h, tab.tabId)).toBe(await textOf(popup, 'score-overall'));
    await popup.close();
    expect(historyIn(done, site.origin)).toHaveLength(1);
  }
  expect(leftoverPageKeys(done)).toEqual([]);
  await watch.stop();
  expect(watch.errors).toEqual([]);
}, 120_000);

/**
 * Serve the fixture's start page, holding the crawl's own fetches of it (not the tab's navigation)
 * until `release` is called; `waiting()` counts the crawls held. The headers go out at once, marked
 * no-store: Chrome's HTTP cache makes a second request for a URL wait until the first one's
 * headers arrive, so holding those would hold the second crawl inside the browser instead.
 */
function heldStartPage(site: string): { route: Route; release: () => void; waiting: () => number } {
  let release!: () => void;
  let waiting = 0;
  const gate = new Promise<void>((r) => (release = r));
  const html = readFileSync(join(fixtureDir(site), 'index.html'));
  const route: Route = async (req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    if (req.headers['sec-fetch-dest'] !== 'document') {
      res.flushHeaders();
      waiting++;
      await gate;
    }
    res.end(html);
  };
  return { route, release, waiting: () => waiting };
}

it('the same site audited in two tabs at once: two complete audits, each kept once, nothing mixed or lost', async () => {
  const watch = await watchWorkerErrors(h);
  // One page each (depth 0), held until both crawls wait on it, then released together: both
  // audits are running at once, and end within moments of each other.
  await workerEval(h, `chrome.storage.local.set({ settings: { maxDepth: 0, maxPages: 60, respectRobots: true } })`);
  const held = heldStartPage('plain-sight');
  const site = await sites.serve('plain-sight', 0, { '/': held.route });
  const a = await auditIn(`${site.origin}/`);
  const b = await auditIn(`${site.origin}/`);
  expect(a.tabId).not.toBe(b.tabId);
  await expect.poll(held.waiting, { timeout: 20_000 }).toBe(2);
  const running = auditsIn(await storage(h));
  expect(
    running.map((s) => s.status),
    `requests: ${site.requests.join(' ')}`,
  ).toEqual(['crawling', 'crawling']);
  expect(new Set(running.map((s) => s.id)).size).toBe(2);
  held.release();
  await waitForStatus(b.popup, 'done');
  await b.popup.close();

  const all = await waitForStorage(h, 'both audits to finish', (x) => auditsIn(x).every((s) => s.status === 'done'));
  const audits = auditsIn(all);
  expect(audits.map((s) => s.tabId).sort()).toEqual([a.tabId, b.tabId].sort());
  for (const state of audits) {
    expect(state.report?.partial).toBe(false);
    const values = (state.report?.findings ?? []).filter((f) => f.kind === 'phone' || f.kind === 'email').map((f) => `${f.kind}:${f.value}:${f.role}`);
    expect(values).toEqual(expect.arrayContaining(['phone:+17205550148:sales', 'email:support@greenleaf-solar.example:support']));
    expect(new Set(values).size).toBe(values.length); // no finding counted twice
  }
  // Both audits in the history, once each; the site's latest audit is one of the two.
  expect(historyIn(all, site.origin)).toHaveLength(2);
  expect([`audit:${a.tabId}|${site.origin}`, `audit:${b.tabId}|${site.origin}`]).toContain(all[`latest:${site.origin}`]);
  expect(leftoverPageKeys(all)).toEqual([]);
  // Two crawls, one per audit: robots.txt read once by each.
  expect(requestsFor(site, '/robots.txt')).toBe(2);
  await watch.stop();
  expect(watch.errors).toEqual([]);
}, 120_000);
