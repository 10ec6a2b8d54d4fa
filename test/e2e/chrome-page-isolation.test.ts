// The audited page is untrusted (issue #6, messages): its own scripts and markup must not be able to
// start, steer, stop or end an audit. The page shares only the DOM with our content script, and the
// extension exposes nothing to web pages (no externally_connectable, no web-accessible resources).
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { CDPSession } from 'puppeteer-core';
import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';
import { fixtureDir } from '../../scripts/lib/serve-fixture.js';
import type { Route, StaticServer } from '../../scripts/lib/static-server.js';
import { launchChrome, openPopup, textOf, waitForStatus, type ChromeHarness } from './helpers/chromium.js';
import { auditOfTab, clearStorage, historyIn, leftoverPageKeys, storage, waitForEnd, waitForStorage, watchWorkerErrors } from './helpers/extension-state.js';
import { tabIdOf } from './helpers/popup-checks.js';
import { requestsFor, Sites, sleep, waitForFirstPage } from './helpers/sites.js';

let h: ChromeHarness;
const sites = new Sites();
const html =
  (body: string | Buffer): Route =>
  (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(body);
  };
/** The demo vendor site, plus the hostile page at /forger (test/e2e/pages/forger.html). */
function serveWithForger(latencyMs: number): Promise<StaticServer> {
  return sites.serve('demo-vendor', latencyMs, { '/forger': html(readFileSync('test/e2e/pages/forger.html')) });
}
beforeAll(async () => {
  h = await launchChrome();
});
afterEach(async () => {
  await clearStorage(h);
});
afterAll(async () => {
  await h?.browser.close();
  await sites.closeAll();
});

it('the manifests let no web page connect: no externally_connectable, nothing web-accessible', () => {
  for (const browser of ['chrome', 'firefox']) {
    const manifest = JSON.parse(readFileSync(`dist/${browser}/manifest.json`, 'utf8')) as Record<string, unknown>;
    expect(manifest, browser).not.toHaveProperty('externally_connectable');
    expect(manifest, browser).not.toHaveProperty('web_accessible_resources');
  }
});

it('a page script forging our messages (sendMessage to the extension id, postMessage, DOM events) changes nothing before, during or after an audit', async () => {
  const watch = await watchWorkerErrors(h);
  const site = await serveWithForger(300);
  const page = await h.browser.newPage();
  await page.goto(`${site.origin}/forger`);
  const forge = (auditId: string) =>
    page.evaluate((ext, id) => (window as unknown as { forge(e: string, a: string): Promise<string[]> }).forge(ext, id), h.extensionId, auditId);
  // Without externally_connectable Chrome gives a page no chrome.runtime at all: nothing to call.
  const noRuntime = ['no chrome.runtime on the page', 'no chrome.runtime.connect on the page'];

  // Before any audit: nothing starts, nothing is stored, nothing is fetched.
  const before = await storage(h);
  expect(new Set(await forge('no-audit-yet'))).toEqual(new Set(noRuntime));
  await sleep(1_000);
  expect(await storage(h)).toEqual(before);
  expect(site.requests.filter((p) => p !== '/forger' && !p.startsWith('/favicon'))).toEqual([]);

  // During an audit, forging with its real id: it runs on, whole, and takes none of the forgeries.
  const popup = await openPopup(h, page);
  await waitForFirstPage(popup);
  const tabId = await tabIdOf(popup);
  const run = auditOfTab(await storage(h), tabId);
  expect(run?.status).toBe('crawling');
  expect(new Set(await forge(run?.id ?? ''))).toEqual(new Set(noRuntime));
  await waitForStatus(popup, 'done');
  // The popup shows the report first; the history, the site pointer and dropping the run's pages follow it.
  const settled = await waitForStorage(
    h,
    "the finished audit's bookkeeping",
    (all) => leftoverPageKeys(all).length === 0 && historyIn(all, site.origin).length === 1,
  );
  const done = auditOfTab(settled, tabId);
  expect(done?.id).toBe(run?.id);
  expect(done?.report?.partial).toBe(false);
  const values = done?.report?.findings.map((f) => f.value) ?? [];
  expect(values).toContain('support@acme-outdoor.example'); // two clicks deep: crawled after the forging
  expect(values).not.toContain('+12025550123');
  expect(await textOf(popup, 'contacts')).not.toContain('555-0123');
  expect(site.requests.filter((p) => p.startsWith('/forged'))).toEqual([]);
  expect(historyIn(settled, site.origin)).toHaveLength(1);
  await popup.close();

  // After it: forging again starts no new audit and changes nothing stored.
  await forge(run?.id ?? '');
  await sleep(1_500);
  expect(await storage(h)).toEqual(settled);
  expect(requestsFor(site, '/robots.txt')).toBe(1);
  await watch.stop();
  expect(watch.errors).toEqual([]);
}, 90_000);

/** The window's event listener types as one world sees them (listeners are per world). */
async function windowListeners(cdp: CDPSession, contextId: number): Promise<string[]> {
  const { result } = await cdp.send('Runtime.evaluate', { expression: 'window', contextId });
  const { listeners } = await cdp.send('DOMDebugger.getEventListeners', { objectId: result.objectId ?? '' });
  return listeners.map((l) => l.type);
}

it('our content script listens to no window message events (in its source, and in its world on a live page)', async () => {
  for (const file of readdirSync('src/content')) {
    const source = readFileSync(join('src/content', file), 'utf8');
    expect(source, file).not.toMatch(/addEventListener\(\s*['"`]message|onmessage|\.on\(\s*['"`]message/);
  }
  const site = await serveWithForger(0);
  const page = await h.browser.newPage();
  await page.goto(`${site.origin}/forger`);
  const cdp = await page.createCDPSession();
  const contexts: { id: number; origin: string; name: string }[] = [];
  cdp.on('Runtime.executionContextCreated', (e) => contexts.push(e.context));
  await cdp.send('Runtime.enable');
  // Control: a listener added in another isolated world is seen by this probe in that world.
  const { frameTree } = await cdp.send('Page.getFrameTree');
  const control = await cdp.send('Page.createIsolatedWorld', { frameId: frameTree.frame.id, worldName: 'control' });
  await cdp.send('Runtime.evaluate', { expression: "window.addEventListener('message', () => {})", contextId: control.executionContextId });
  expect(await windowListeners(cdp, control.executionContextId)).toContain('message');

  const popup = await openPopup(h, page);
  await waitForStatus(popup, 'done');
  const ours = contexts.find((c) => c.origin === `chrome-extension://${h.extensionId}`);
  expect(ours?.name).toBe('Contact Audit');
  expect(await windowListeners(cdp, ours?.id ?? -1)).not.toContain('message');
  await popup.close();
}, 60_000);

it('page elements named like the globals our content script reads (DOM clobbering) neither stop nor change the audit', async () => {
  // Every name the bundle reads off the global object or probes with typeof, plus the old string
  // guard against double injection (such an element once stopped every audit from starting).
  const bundle = readFileSync('dist/chrome/content.js', 'utf8');
  const names = new Set(['__contactAuditContent']);
  for (const m of bundle.matchAll(/globalThis\.([A-Za-z_$][\w$]*)/g)) names.add(m[1] ?? '');
  // Readable (`typeof X !== "undefined"`) and minified (`typeof X<"u"`, `typeof X=="function"`) probes;
  // in the minified bundle this also picks up one-letter locals, harmless extra ids.
  for (const m of bundle.matchAll(/typeof ([A-Za-z_$][\w$]*)\s*(?:[!=]==?\s*"(?:undefined|function)"|[<>]\s*"u")/g)) names.add(m[1] ?? '');
  expect([...names]).toEqual(expect.arrayContaining(['browser', '__zod_globalConfig']));
  // The names Node code probes, which the tab's bundle carried while it held the engine (cheerio's Buffer).
  for (const name of ['Buffer', 'setImmediate', 'process', 'global']) names.add(name);
  const elements = [...names].map((n) => `<div id="${n}"></div><img name="${n}" alt="">`).join('');
  const start = readFileSync(join(fixtureDir('plain-sight'), 'index.html'), 'utf8').replace('<body>', `<body>${elements}`);
  expect(start).toContain('id="Buffer"');
  const site = await sites.serve('plain-sight', 0, { '/clobbered': html(start) });

  const page = await h.browser.newPage();
  await page.goto(`${site.origin}/clobbered`);
  const popup = await openPopup(h, page);
  expect(await waitForEnd(popup), await popup.$eval('body', (b) => b.innerText)).toBe('done');
  const contacts = await textOf(popup, 'contacts');
  for (const contact of ['sales@greenleaf-solar.example', 'support@greenleaf-solar.example']) expect(contacts).toContain(contact);
  const state = auditOfTab(await storage(h), await tabIdOf(popup));
  expect(state?.report?.partial).toBe(false);
  expect(state?.report?.findings.map((f) => f.value)).toEqual(expect.arrayContaining(['+17205550148', '+17205550139']));
  await popup.close();
}, 60_000);

it('a page script changing the URL with history.pushState (a single-page app) does not end the audit', async () => {
  const site = await serveWithForger(300);
  const page = await h.browser.newPage();
  await page.goto(`${site.origin}/forger`);
  const popup = await openPopup(h, page);
  await waitForFirstPage(popup);
  await page.evaluate(() => (window as unknown as { route(p: string): void }).route('/deals/spring'));
  await page.evaluate(() => (window as unknown as { route(p: string): void }).route('/deals/summer#top'));
  expect(page.url()).toBe(`${site.origin}/deals/summer#top`);
  await waitForStatus(popup, 'done');
  const state = auditOfTab(await storage(h), await tabIdOf(popup));
  expect(state?.report?.partialReason).toBeUndefined();
  expect(state?.report?.findings.map((f) => f.value)).toContain('support@acme-outdoor.example');
  await popup.close();
}, 60_000);
