// The Firefox build (background scripts, not a service worker) in Firefox ESR: a toolbar click audits
// a fixture site. Checked: the crawl on the server's request log (no cookies), the real popup's DOM
// (through browser.extension.getViews from an extension tab: BiDi does not expose the popup panel),
// the JSON export it downloads, the stored report, the badge and the options page's history.
// Not run in Firefox: axe (the popup's CSP blocks injecting it and BiDi cannot evaluate there; the
// same popup is axe-checked in Chromium) and the service-worker stop (Firefox has no service worker).
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { ReportSchema } from '../../src/core/report/schema.js';
import { serveFixture } from '../../scripts/lib/serve-fixture.js';
import type { StaticServer } from '../../scripts/lib/static-server.js';
import { badgeOf, clickToolbarButton, extensionStorage, inPopup, launchFirefox, openExtensionPage, type FirefoxHarness } from './helpers/firefox.js';

let h: FirefoxHarness;
let site: StaticServer;
const downloads = mkdtempSync(join(tmpdir(), 'contact-audit-ff-downloads-'));
beforeAll(async () => {
  h = await launchFirefox(downloads);
  site = await serveFixture('sales-three-deep');
});
afterAll(async () => {
  await h?.browser.close();
  await site?.close();
});

interface PopupView {
  status: string;
  overall: string;
  sales: string;
  support: string;
  salesPath: string[];
}
const READ_POPUP = `
  const text = (id) => popup.document.querySelector('[data-testid="' + id + '"]')?.textContent ?? '';
  const steps = [...popup.document.querySelectorAll('[data-testid="path-sales"] li button')].map((b) => b.textContent);
  return { status: text('status'), overall: text('score-overall'), sales: text('score-sales'), support: text('score-support'), salesPath: steps };`;

it('a toolbar click audits the site: crawl without cookies, popup scores and path, JSON export, badge, history', async () => {
  const page = await h.browser.newPage();
  await page.goto(`${site.origin}/`);
  await page.evaluate(() => (document.cookie = 'session=shopper-123; path=/'));
  // The observer tab: an extension page, opened before the click and in the background.
  const observer = await openExtensionPage(h, 'options.html', true);
  const before = site.requests.length;
  await clickToolbarButton(h, page);

  await expect.poll(async () => (await inPopup<PopupView>(observer, READ_POPUP))?.status, { timeout: 30_000 }).toBe('done');
  const view = (await inPopup<PopupView>(observer, READ_POPUP)) as PopupView;
  expect(view.salesPath).toEqual(['Home', 'About', 'Company', 'Corporate contacts']);
  expect(Number(view.sales)).toBeGreaterThan(Number(view.support));

  // The content script's crawl, seen from the server: the sales page three clicks deep, no cookies.
  expect(site.requests).toContain('/about/company/corporate-contacts');
  for (const path of site.requests.slice(before).filter((p) => !p.startsWith('/favicon')))
    expect(site.headers.get(path)?.cookie, `cookie sent with ${path}`).toBeUndefined();

  // The export button in the real popup downloads the same report as the CLI's JSON.
  await inPopup(observer, `popup.document.querySelector('[data-testid="export-json"]').click(); return true;`);
  // Firefox creates the file empty and fills it from a .part file: wait until it is whole JSON.
  const downloaded = (): string | undefined => {
    const name = readdirSync(downloads).find((f) => f.endsWith('.json'));
    if (!name || readdirSync(downloads).some((f) => f.endsWith('.part'))) return undefined;
    try {
      JSON.parse(readFileSync(join(downloads, name), 'utf8'));
      return name;
    } catch {
      return undefined;
    }
  };
  await expect.poll(downloaded, { timeout: 10_000 }).toMatch(/^127\.0\.0\.1_\d+-\d{4}-\d\d-\d\d\.json$/);
  const report = ReportSchema.parse(JSON.parse(readFileSync(join(downloads, downloaded() as string), 'utf8')));
  expect(String(Math.round(report.scores!.overall))).toBe(view.overall);
  const expected = JSON.parse(readFileSync('fixtures/sales-three-deep/expected.json', 'utf8')) as {
    findings: { kind: string; value: string; role?: string; depth?: number }[];
  };
  const salesPhone = expected.findings.find((f) => f.role === 'sales' && f.kind === 'phone');
  expect(report.findings.find((f) => f.value === salesPhone?.value)?.depth).toBe(salesPhone?.depth);

  // The badge on the audited tab (its id from the stored audit: without the "tabs" permission a
  // URL query finds nothing, by design), read through the extension's own API.
  const stored = (await extensionStorage(observer)) as Record<string, { site?: string; tabId?: number }>;
  const tabId = Object.values(stored).find((v) => v?.site === site.origin)?.tabId;
  expect(await badgeOf(observer, Number(tabId))).toBe(view.overall);

  // A fresh history page (BiDi will not reload a moz-extension page) lists the audit.
  const options = await openExtensionPage(h, 'history.html');
  await options.waitForSelector('[data-testid="history"]');
  const history = await options.$eval('[data-testid="history"]', (el) => el.textContent ?? '');
  expect(history).toContain(site.origin);
  expect(history).toContain('first audit');
}, 120_000);
