// The history page in the extension (issue #17 item 4): a site audited twice lists both audits;
// each reopens its report (the export's HTML, sandboxed, in report.html), "Compare with previous"
// shows what changed, two sites compare side by side, and clearing asks first, in the page.
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditedPopup, launchChrome, waitForStatus, type ChromeHarness } from './helpers/chromium.js';
import { axeViolations, storedStates } from './helpers/popup-checks.js';
import { Sites } from './helpers/sites.js';

let h: ChromeHarness;
const sites = new Sites();
let origin: string;
let other: string;
let history: Page;

beforeAll(async () => {
  h = await launchChrome();
  origin = (await sites.serve('demo-vendor')).origin;
  other = (await sites.serve('plain-sight')).origin;
}, 60_000);
afterAll(async () => {
  await h?.browser.close();
  await sites.closeAll();
});

const historyUrl = () => `chrome-extension://${h.extensionId}/history.html`;
const keptAudits = async (page: Page, site: string) => {
  const stored = await storedStates(page);
  return ((stored.history as Record<string, { at: string }[]> | undefined)?.[site] ?? []).length;
};

/** report.html's sandboxed frame once it holds the worker's HTML. */
async function shownReport(page: Page): Promise<string> {
  await page.waitForSelector('#report:not([hidden])', { timeout: 10_000 });
  return page.$eval('#report', (f) => (f as HTMLIFrameElement).srcdoc);
}

describe('the history page', () => {
  it('lists a site audited twice, with a report per audit', async () => {
    const popup = await auditedPopup(h, `${origin}/`);
    await popup.click('[data-testid="rerun"]');
    await waitForStatus(popup, 'crawling', 5_000);
    await waitForStatus(popup, 'done');
    await popup.close();
    await (await auditedPopup(h, `${other}/`)).close();
    history = await h.browser.newPage();
    await history.goto(historyUrl());
    await history.waitForFunction((s) => document.querySelectorAll(`section[data-site="${s}"] tbody tr`).length === 2, { timeout: 10_000 }, origin);
    expect(await keptAudits(history, origin)).toBe(2);
    expect(await history.$$eval(`section[data-site="${origin}"] [data-testid="open-report"]`, (a) => a.length)).toBe(2);
    expect(await history.$$eval(`section[data-site="${origin}"] [data-testid="compare-previous"]`, (a) => a.length)).toBe(1);
    expect(await axeViolations(history)).toEqual([]);
    await history.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'dark' }]);
    expect(await axeViolations(history)).toEqual([]);
    await history.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'light' }]);
  }, 120_000);

  it('an audit row reopens its report: the export HTML, in a sandboxed frame', async () => {
    await Promise.all([history.waitForNavigation(), history.click(`section[data-site="${origin}"] [data-testid="open-report"]`)]);
    expect(history.url()).toContain('report.html?history=');
    const html = await shownReport(history);
    expect(html).toMatch(/^<!doctype html>/i);
    expect(html).toContain(new URL(origin).host);
    expect(await history.$eval('#report', (f) => f.getAttribute('sandbox'))).toBe('allow-popups allow-popups-to-escape-sandbox');
  }, 30_000);

  it('"Compare with previous" shows the two audits of the site: what changed', async () => {
    await history.goto(historyUrl());
    await history.waitForSelector('[data-testid="compare-previous"]');
    await Promise.all([history.waitForNavigation(), history.click('[data-testid="compare-previous"]')]);
    const html = await shownReport(history);
    expect(html).toContain(`What changed: ${origin}`);
    expect(html).toContain('Two audits of the same site');
  }, 30_000);

  it('two selected sites side by side', async () => {
    await history.goto(historyUrl());
    await history.waitForSelector('[data-testid="select-site"]');
    expect(await history.$eval('[data-testid="compare-selected"]', (b) => (b as HTMLButtonElement).disabled)).toBe(true);
    await history.click(`[data-testid="select-site"][data-site="${origin}"]`);
    await history.click(`[data-testid="select-site"][data-site="${other}"]`);
    expect(await history.$eval('#selection', (el) => el.textContent)).toBe('2 sites selected: choose 2 to 10.');
    await Promise.all([history.waitForNavigation(), history.click('[data-testid="compare-selected"]')]);
    const html = await shownReport(history);
    expect(html).toContain('2 sites side by side');
    expect(html).toContain(origin);
    expect(html).toContain(other);
  }, 30_000);

  it('an audit kept before reports were (scores only) still lists, without reopen', async () => {
    const old = { at: '2025-01-01T00:00:00.000Z', overall: 40, sales: 40, support: 40, grade: 'D', partial: false };
    await history.evaluate(
      `chrome.storage.local.get('history').then((x) => chrome.storage.local.set({ history: { ...x.history, 'https://old.example': [${JSON.stringify(old)}] } }))`,
    );
    await history.goto(historyUrl());
    const section = 'section[data-site="https://old.example"]';
    await history.waitForSelector(section);
    expect(await history.$eval(section, (el) => el.querySelector('tbody td.actions')?.textContent)).toBe('Scores only');
    expect(await history.$(`${section} [data-testid="open-report"], ${section} [data-testid="select-site"]`)).toBeNull();
  }, 30_000);

  it('clearing asks first: Cancel keeps the history, Confirm clears every audit and its report', async () => {
    await history.goto(historyUrl());
    await history.waitForSelector('[data-testid="clear"]:not([disabled])');
    await history.click('[data-testid="clear"]');
    expect(await history.$eval('[data-testid="clear-question"]', (el) => el.textContent)).toBe('Really clear 4 audits?');
    expect(await axeViolations(history)).toEqual([]);
    await history.click('[data-testid="clear-cancel"]');
    expect(await history.$('[data-testid="clear-question"]')).toBeNull();
    expect(await keptAudits(history, origin)).toBe(2);
    await history.click('[data-testid="clear"]');
    await history.click('[data-testid="clear-confirm"]');
    await history.waitForFunction(() => document.getElementById('status')?.textContent === 'History cleared.', { timeout: 10_000 });
    const stored = await storedStates(history);
    expect(Object.keys(stored).filter((k) => k === 'history' || k.startsWith('history-report:'))).toEqual([]);
    expect(await history.$$eval('#sites section', (s) => s.length)).toBe(0);
  }, 30_000);
});
