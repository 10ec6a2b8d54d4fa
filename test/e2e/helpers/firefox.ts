// Firefox ESR over WebDriver BiDi with the built extension. BiDi refuses to navigate a tab to a
// moz-extension:// page, cannot click the toolbar and does not expose the popup panel, so:
//  - two steps run as privileged browser code (Firefox started with -remote-allow-system-access,
//    BiDi's "moz:scope": "chrome" contexts): pressing the toolbar button (the triggerAction a user's
//    click and the _execute_action shortcut run, so activeTab is granted as for a click) and opening
//    an extension page in a tab;
//  - the popup's DOM is read from that extension tab through browser.extension.getViews({ type:
//    'popup' }), a WebExtension API Firefox still has; the tab opens in the background so the popup
//    panel stays open.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { installDebianPackage } from './debian-package.js';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';

const CANDIDATES = ['/usr/bin/firefox-esr', '/usr/bin/firefox'];

export function findFirefox(): string {
  const found = CANDIDATES.find((p) => existsSync(p));
  if (found) return found;
  if (installDebianPackage('firefox-esr', '/usr/bin/firefox-esr') && existsSync('/usr/bin/firefox-esr')) return '/usr/bin/firefox-esr';
  throw new Error(`The Firefox end-to-end test needs Firefox ESR at ${CANDIDATES.join(' or ')} (Debian: apt-get install firefox-esr); it is never skipped.`);
}

/** The one BiDi call puppeteer does not wrap: script.evaluate in the browser window. */
interface BidiConnection {
  send(method: string, params: object): Promise<{ result: unknown }>;
}

export interface FirefoxHarness {
  browser: Browser;
  extensionId: string;
  /** Evaluate privileged JavaScript in the browser window; returns the BiDi-serialised value. */
  chrome(expression: string): Promise<unknown>;
}

/** `prefs`: extra preferences (network.dns.localDomains for the vendor's named hosts). */
export async function launchFirefox(downloads: string, prefs: Record<string, string | number | boolean> = {}): Promise<FirefoxHarness> {
  if (!existsSync(resolve('dist/firefox/manifest.json'))) throw new Error('dist/firefox is missing: npm test builds it first (npm run build).');
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: findFirefox(),
    headless: true,
    args: ['-remote-allow-system-access'],
    // Downloads (the popup's <a download> exports) land in `downloads` without a dialog.
    extraPrefsFirefox: {
      'browser.download.folderList': 2,
      'browser.download.dir': downloads,
      'browser.download.useDownloadDir': true,
      'browser.download.always_ask_before_handling_new_types': false,
      ...prefs,
    },
  });
  const extensionId = await browser.installExtension(resolve('dist/firefox'));
  // BidiBrowser exposes its connection; it is not part of puppeteer's typed API.
  const connection = (browser as unknown as { connection: BidiConnection }).connection;
  const tree = (await connection.send('browsingContext.getTree', { 'moz:scope': 'chrome' })).result as { contexts: { context: string; url: string }[] };
  const window = tree.contexts.find((c) => c.url === 'chrome://browser/content/browser.xhtml');
  if (!window) throw new Error('no browser window among the chrome contexts (is -remote-allow-system-access honoured?)');
  const chrome = async (expression: string): Promise<unknown> => {
    const out = (await connection.send('script.evaluate', { expression, target: { context: window.context }, awaitPromise: true })).result as {
      type: string;
      result?: { value?: unknown };
      exceptionDetails?: { text: string };
    };
    if (out.type !== 'success') throw new Error(`chrome script failed: ${out.exceptionDetails?.text ?? JSON.stringify(out)}`);
    return out.result?.value;
  };
  return { browser, extensionId, chrome };
}

const PARENT = 'ChromeUtils.importESModule("resource://gre/modules/ExtensionParent.sys.mjs").ExtensionParent';

/**
 * Press the extension's toolbar button in the window's selected tab. A popup still open from another
 * tab is closed first, as a user's click elsewhere would dismiss it: headless Firefox keeps the panel
 * open across a tab switch, and triggerAction would then only toggle it shut.
 */
export async function clickToolbarButton(h: FirefoxHarness, page: Page): Promise<void> {
  await page.bringToFront();
  await h.chrome(`(async () => {
    const parent = ${PARENT};
    const { ViewPopup } = ChromeUtils.importESModule("resource:///modules/ExtensionPopups.sys.mjs");
    const extension = parent.GlobalManager.getExtension(${JSON.stringify(h.extensionId)});
    ViewPopup.for(extension, window)?.closePopup();
    // The panel hides, then the popup is destroyed (and forgotten) a moment later.
    for (let i = 0; ViewPopup.for(extension, window) && i < 50; i++) await new Promise((r) => setTimeout(r, 100));
    if (ViewPopup.for(extension, window)) throw new Error('the open popup did not close');
    parent.apiManager.global.browserActionFor(extension).triggerAction(window);
    return true;
  })()`);
}

/**
 * Open one of the extension's pages in a new tab (system principal) and return it as a puppeteer
 * Page. In the background, it leaves an open popup open.
 */
export async function openExtensionPage(h: FirefoxHarness, path: string, inBackground = false): Promise<Page> {
  const before = new Set(await h.browser.pages());
  await h.chrome(`(() => {
    const parent = ${PARENT};
    const base = parent.GlobalManager.getExtension(${JSON.stringify(h.extensionId)}).baseURI.spec;
    const tab = gBrowser.addTab(base + ${JSON.stringify(path)}, { triggeringPrincipal: Services.scriptSecurityManager.getSystemPrincipal(), inBackground: ${inBackground} });
    if (!${inBackground}) gBrowser.selectedTab = tab;
    return true;
  })()`);
  // Up to 30 s: the first extension page of a Firefox just started, on a 2-core machine running the
  // other test files, once took more than 10 s to show up (a fresh-clone npm test).
  for (let i = 0; i < 150; i++) {
    const fresh = (await h.browser.pages()).find((p) => !before.has(p));
    // Puppeteer's cached URL can lag: ask the page itself where it is.
    if (fresh && String(await fresh.evaluate('location.href').catch(() => '')).endsWith(path)) return fresh;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`the extension page ${path} did not open`);
}

/** Evaluate `body` (a function body using `popup`, the popup's window) from an extension tab. */
export async function inPopup<T>(observer: Page, body: string): Promise<T | undefined> {
  const json = await observer.evaluate(`(() => {
    const popup = browser.extension.getViews({ type: 'popup' })[0];
    if (!popup) return 'null';
    return JSON.stringify((() => { ${body} })());
  })()`);
  return json === 'null' || json === undefined ? undefined : (JSON.parse(String(json)) as T);
}

/** The extension's whole storage.local, read from one of its pages (an extension tab). */
export async function extensionStorage(page: Page): Promise<Record<string, unknown>> {
  return JSON.parse(String(await page.evaluate('browser.storage.local.get(null).then((x) => JSON.stringify(x))'))) as Record<string, unknown>;
}

export async function clearExtensionStorage(page: Page): Promise<void> {
  await page.evaluate('browser.storage.local.clear().then(() => true)');
}

/** The toolbar badge on a tab, read through the extension's own API from one of its pages. */
export async function badgeOf(page: Page, tabId: number): Promise<string> {
  return String(await page.evaluate(`browser.action.getBadgeText({ tabId: ${tabId} })`));
}

/**
 * Grant an optional host permission as the shopper's "Allow" in the browser's prompt would. The
 * prompt itself answers only a real click (permissions.request needs user input), which a test
 * cannot give a popup panel; the grant is what the extension sees either way.
 */
export async function grantHostPermission(h: FirefoxHarness, pattern: string): Promise<void> {
  await h.chrome(`(async () => {
    const parent = ${PARENT};
    const { ExtensionPermissions } = ChromeUtils.importESModule("resource://gre/modules/ExtensionPermissions.sys.mjs");
    const extension = parent.GlobalManager.getExtension(${JSON.stringify(h.extensionId)});
    await ExtensionPermissions.add(${JSON.stringify(h.extensionId)}, { permissions: [], origins: [${JSON.stringify(pattern)}] }, extension);
    return true;
  })()`);
}
