// The extension in headless Chromium on fixture vendor sites: toolbar click → popup → audit →
// scores, click paths, badge, contacts, exports, accessibility and the README screenshots.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ReportSchema, type Report } from '../../src/core/report/schema.js';
import { GRADE_COLOURS } from '../../src/popup/grade.js';
import { launchChrome, openPopup, pathSteps, textOf, waitForStatus, type ChromeHarness } from './helpers/chromium.js';
import { axeViolations, badgeOf, hexToRgb, screenshot, tabIdOf, waitForDownload } from './helpers/popup-checks.js';
import { Sites } from './helpers/sites.js';

interface Expected {
  findings: { kind: string; value: string; role?: string; depth?: number; flags?: string[] }[];
}
const expectedOf = (site: string) => JSON.parse(readFileSync(`fixtures/${site}/expected.json`, 'utf8')) as Expected;

let h: ChromeHarness;
const sites = new Sites();

beforeAll(async () => {
  h = await launchChrome();
});
afterAll(async () => {
  await h?.browser.close();
  await sites.closeAll();
});

describe('a toolbar click audits the site', () => {
  it('sales three clicks deep: scores, both click paths, the badge, and no cookies sent', async () => {
    const site = await sites.serve('sales-three-deep');
    const page = await h.browser.newPage();
    await page.goto(`${site.origin}/`);
    // A visitor's cookie for this site: the crawl must not send it (credentials: 'omit').
    await page.evaluate(() => (document.cookie = 'session=shopper-123; path=/'));
    const requestsBefore = site.requests.length;
    const popup = await openPopup(h, page);
    await waitForStatus(popup, 'done');

    const overall = Number(await textOf(popup, 'score-overall'));
    const sales = Number(await textOf(popup, 'score-sales'));
    const support = Number(await textOf(popup, 'score-support'));
    for (const s of [overall, sales, support]) expect(s).toBeGreaterThanOrEqual(0);
    // Sales three clicks deep is hidden; support one click deep is not.
    expect(sales).toBeGreaterThan(support);

    const expected = expectedOf('sales-three-deep');
    const salesPhone = expected.findings.find((f) => f.role === 'sales' && f.kind === 'phone');
    const supportEmail = expected.findings.find((f) => f.role === 'support');
    expect(await pathSteps(popup, 'sales')).toEqual(['Home', 'About', 'Company', 'Corporate contacts']);
    expect((await pathSteps(popup, 'sales')).length).toBe((salesPhone?.depth ?? 0) + 1);
    expect((await pathSteps(popup, 'support')).length).toBe((supportEmail?.depth ?? 0) + 1);

    const tabId = await tabIdOf(popup);
    const badge = await badgeOf(popup, tabId);
    expect(badge.text).toBe(String(overall));
    const grade = (await popup.$eval('[data-testid="score-overall"]', (el) => el.parentElement?.textContent ?? '')).match(
      /· ([A-F])/,
    )?.[1] as keyof typeof GRADE_COLOURS;
    expect(badge.colour.slice(0, 3)).toEqual(hexToRgb(GRADE_COLOURS[grade]));

    const crawled = site.requests.slice(requestsBefore).filter((p) => !p.startsWith('/favicon'));
    expect(crawled.length).toBeGreaterThan(3);
    for (const path of crawled) expect(site.headers.get(path)?.cookie, `cookie sent with ${path}`).toBeUndefined();
    await popup.close();
  }, 90_000);

  it('demo vendor: contacts listed, exports in four formats named after the site and date, axe-clean, screenshots', async () => {
    const site = await sites.serve('demo-vendor', 150);
    const page = await h.browser.newPage();
    await page.goto(`${site.origin}/`);
    const popup = await openPopup(h, page);
    // While crawling: the progress bar and the first findings, checked for accessibility too.
    await popup.waitForSelector('[data-testid="progress"]', { timeout: 20_000 });
    // The first findings listed while crawling (the live DOM wait keeps the audit running ≥ 3 s).
    await popup.waitForSelector('[data-testid="contacts"]', { timeout: 20_000 });
    expect(await axeViolations(popup)).toEqual([]);
    await screenshot(popup, 'popup-crawling');
    await waitForStatus(popup, 'done');
    expect(await axeViolations(popup)).toEqual([]);
    await screenshot(popup, 'popup-done');

    const contacts = await textOf(popup, 'contacts');
    for (const f of expectedOf('demo-vendor').findings.filter((x) => x.kind === 'phone')) expect(contacts).toContain(f.value.slice(-4));

    const stamp = new Date().toISOString().slice(0, 10);
    const stem = `127.0.0.1_${site.port}-${stamp}`;
    const files: Record<string, string> = {};
    for (const format of ['json', 'md', 'html', 'csv']) {
      await popup.click(`[data-testid="export-${format}"]`);
      files[format] = await waitForDownload(h.downloads, new RegExp(`^${stem.replace(/\./g, '\\.')}\\.${format}$`));
      expect(basename(files[format] as string)).toBe(`${stem}.${format}`);
    }
    const report: Report = ReportSchema.parse(JSON.parse(readFileSync(files.json as string, 'utf8')));
    expect(report.site).toBe(site.origin);
    expect(String(Math.round(report.scores!.overall))).toBe(await textOf(popup, 'score-overall'));
    expect(String(Math.round(report.scores!.sales))).toBe(await textOf(popup, 'score-sales'));
    expect(report.findings.map((f) => f.value)).toContain('+18005550199');
    expect(report.partial).toBe(false);
    const md = readFileSync(files.md as string, 'utf8');
    const html = readFileSync(files.html as string, 'utf8');
    const csv = readFileSync(files.csv as string, 'utf8');
    for (const text of [md, html, csv]) expect(text).toContain('+18005550199'.slice(-4));
    expect(md).toContain('127.0.0.1');
    expect(html).toMatch(/<html[\s>]/i);
    expect(csv.split('\n')[0]).toMatch(/kind/);
    expect(csv.split('\n').filter(Boolean).length).toBeGreaterThan(report.findings.length / 2);
    await popup.close();
  }, 120_000);

  it('a click on a breadcrumb step opens that page in the tab', async () => {
    const site = await sites.serve('sales-three-deep');
    const page = await h.browser.newPage();
    await page.goto(`${site.origin}/`);
    const popup = await openPopup(h, page);
    await waitForStatus(popup, 'done');
    const navigated = page.waitForNavigation();
    await popup.click('[data-testid="path-sales"] li:last-child button');
    await navigated;
    expect(page.url()).toBe(`${site.origin}/about/company/corporate-contacts`);
  }, 90_000);

  it('on a page that is not http(s) the popup says what to do instead', async () => {
    const page = await h.browser.newPage();
    await page.goto('about:blank');
    const popup = await openPopup(h, page);
    await waitForStatus(popup, 'error', 10_000);
    expect(await popup.$eval('.notice', (el) => el.textContent)).toMatch(/Open a web page/);
    await popup.close();
  }, 30_000);
});
