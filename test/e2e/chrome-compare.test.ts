// The compare page of three fixture sites (issue #17 item 4), audited by the engine with the Node
// fetcher and opened in Chromium: every site is a column, axe finds nothing in light or dark mode,
// and on a phone's width the page itself never scrolls sideways (wide tables scroll in their region).
import { existsSync } from 'node:fs';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveFixture } from '../../scripts/lib/serve-fixture.js';
import { nodeFetcher } from '../../src/cli/node-fetcher.js';
import { runAudit } from '../../src/core/audit.js';
import { compareReports } from '../../src/core/compare/index.js';
import { formatCompareHtml } from '../../src/core/report/formats/compare-html.js';
import type { Report } from '../../src/core/report/schema.js';
import { findChromium } from './helpers/chromium.js';
import { axeViolations } from './helpers/popup-checks.js';

const SITES = ['demo-vendor', 'plain-sight', 'sales-three-deep'];
let browser: Browser;
let reports: Report[];
let page: Page;

beforeAll(async () => {
  reports = [];
  for (const site of SITES) {
    const server = await serveFixture(site);
    try {
      reports.push(await runAudit({ startUrl: `${server.origin}/`, fetcher: nodeFetcher }));
    } finally {
      await server.close();
    }
  }
  browser = await puppeteer.launch({ executablePath: findChromium(), headless: true, pipe: true, args: ['--no-sandbox', '--disable-gpu'] });
  page = await browser.newPage();
}, 120_000);
afterAll(async () => {
  await browser?.close();
});

describe('the compare page of three fixture sites', () => {
  it('is a vendors view with one column per site, and passes axe in light and dark mode', async () => {
    const comparison = compareReports(reports);
    expect(comparison.mode).toBe('vendors');
    await page.setContent(formatCompareHtml(comparison, 'en'));
    const columns = await page.$$eval('table[data-view="vendors"] thead th[scope="col"]', (ths) => ths.slice(1).map((th) => th.textContent ?? ''));
    expect(columns).toHaveLength(3);
    reports.forEach((r, i) => expect(columns[i]).toContain(r.site));
    expect(await page.$eval('h1', (el) => el.textContent)).toBe('3 sites side by side');
    expect(await axeViolations(page)).toEqual([]);
    // The README's picture of a compare page; written when missing or asked (the ports differ each run).
    const shot = 'docs/screenshots/compare-vendors.png';
    if (!existsSync(shot) || process.env.UPDATE_SCREENSHOTS) {
      await page.setViewport({ width: 1100, height: 800 });
      await page.screenshot({ path: shot, fullPage: true });
    }
    await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'dark' }]);
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(13, 17, 23)');
    expect(await axeViolations(page)).toEqual([]);
    await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'light' }]);
  }, 60_000);

  it('reads on a phone: the page is never wider than the screen', async () => {
    await page.setViewport({ width: 375, height: 800 });
    await page.setContent(formatCompareHtml(compareReports(reports), 'de'));
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('de');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await page.setViewport({ width: 1280, height: 800 });
  }, 30_000);

  it('two audits of one site: the change view passes axe too', async () => {
    const later = { ...reports[0]!, startedAt: new Date(Date.parse(reports[0]!.startedAt) + 60_000).toISOString(), findings: reports[0]!.findings.slice(1) };
    const comparison = compareReports([reports[0]!, later]);
    expect(comparison.mode).toBe('change');
    await page.setContent(formatCompareHtml(comparison, 'fr'));
    expect(await page.$eval('h1', (el) => el.textContent)).toMatch(/^Ce qui a changé : /);
    expect(await axeViolations(page)).toEqual([]);
  }, 30_000);
});
