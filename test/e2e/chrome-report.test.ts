// The HTML report of the demo vendor in a real Chromium (issue #17): 0 axe violations in light
// and dark, no horizontal scrolling on a 375 px phone, and printed to A4 PDF with every word of
// its headings and check titles whole (no "Categ ory") and its folded content printed.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { runAudit } from '../../src/core/audit.js';
import { nodeFetcher } from '../../src/cli/node-fetcher.js';
import { formatReport } from '../../src/core/report/formats/index.js';
import { translator } from '../../src/core/i18n/catalogue.js';
import { checkTitle } from '../../src/core/i18n/check-text.js';
import type { Report } from '../../src/core/report/schema.js';
import { serveFixture } from '../../scripts/lib/serve-fixture.js';
import { findChromium } from './helpers/chromium.js';

const AXE = readFileSync(resolve('node_modules/axe-core/axe.min.js'), 'utf8');

interface AxeViolation {
  id: string;
  help: string;
  nodes: { target: string[] }[];
}

let browser: Browser;
let report: Report;

beforeAll(async () => {
  // The demo site, served and audited as `npm run demo` does (scripts/demo.ts), through the engine.
  const server = await serveFixture('demo-vendor');
  try {
    report = await runAudit({ startUrl: `${server.origin}/`, fetcher: nodeFetcher });
  } finally {
    await server.close();
  }
  browser = await puppeteer.launch({ executablePath: findChromium(), headless: true, args: ['--no-sandbox', '--disable-gpu'] });
});
afterAll(() => browser?.close());

/** A page showing the HTML; its CSP is bypassed only so axe can be injected. */
async function open(html: string, width = 1280, scheme: 'light' | 'dark' = 'light'): Promise<Page> {
  const page = await browser.newPage();
  await page.setBypassCSP(true);
  await page.setViewport({ width, height: 900 });
  await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
  await page.setContent(html, { waitUntil: 'load' });
  return page;
}

async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: AXE });
  const violations = await page.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run: (ctx: Document) => Promise<{ violations: AxeViolation[] }> } }).axe;
    return (await axe.run(document)).violations;
  });
  return violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

/** Every word of the text: letters and digits (a hyphen or a slash may end a line legitimately). */
function words(text: string): string[] {
  return text.match(/[\p{L}\p{N}]+/gu) ?? [];
}

async function pdfText(pdf: Uint8Array): Promise<string> {
  const doc = await getDocument({ data: pdf, useSystemFonts: true }).promise;
  const parts: string[] = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const content = await (await doc.getPage(i)).getTextContent();
    for (const item of content.items) if ('str' in item) parts.push(item.str + (item.hasEOL ? '\n' : ''));
  }
  // Items are joined as they are: spaces are items of their own, and a ligature ("fi") is a
  // separate item inside its word, which a joining space would split.
  return parts.join('');
}

describe.each(['light', 'dark'] as const)('the HTML report of the demo vendor, %s colour scheme', (scheme) => {
  it('has 0 axe violations, folded and unfolded', async () => {
    const page = await open(formatReport(report, 'html'), 1280, scheme);
    expect(await axeViolations(page)).toEqual([]);
    await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });
});

describe('the HTML report of the demo vendor', () => {
  const t = translator('en');

  it('puts the vendor and the date in the title, the best way and the scores first, all in <main>', async () => {
    const page = await open(formatReport(report, 'html'));
    expect(await page.title()).toMatch(/^127\.0\.0\.1:\d+ — contact audit, [A-Z][a-z]+ \d{1,2}, \d{4}$/);
    const headings = await page.$$eval('h1, h2', (els) => els.map((e) => `${e.tagName} ${e.textContent}`));
    expect(headings.slice(0, 4)).toEqual([expect.stringMatching(/^H1 Contact audit: /), 'H2 Best way to reach a person', 'H2 Scores', 'H2 Why this score']);
    expect(await page.$$eval('body > :not(main)', (els) => els.length)).toBe(0);
    expect(await page.$eval('html', (el) => el.lang)).toBe('en');
    await page.close();
  });

  it('has no horizontal scrolling at 375 px, with every fold open', async () => {
    const page = await open(formatReport(report, 'html'), 375);
    await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
    const { scrollWidth, innerWidth } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth }));
    expect(innerWidth).toBe(375);
    expect(scrollWidth).toBeLessThanOrEqual(innerWidth);
    await page.close();
  });

  it('prints to A4 with every word of its headings and check titles whole, and the folded evidence printed', async () => {
    const page = await open(formatReport(report, 'html'));
    const headings = await page.$$eval('h1, h2, h3, details:not(.fold) > summary, th', (els) => els.map((e) => e.textContent ?? ''));
    const pdf = await page.pdf({ format: 'A4' });
    await page.close();
    const printed = new Set(words(await pdfText(pdf)));
    const expected = [...headings, ...report.checks.map((c) => checkTitle(c, t))];
    const broken = [...new Set(expected.flatMap(words))].filter((w) => !printed.has(w));
    expect(broken).toEqual([]);
    // Folded content is printed: a check's source and a contact from the folded table.
    const failed = report.checks.find((c) => c.status === 'fail' && c.source)!;
    for (const w of words(failed.source!)) expect(printed.has(w), w).toBe(true);
    expect(printed.has('wholesale')).toBe(true);
  });
});

describe('the German HTML report', () => {
  it('says lang="de", has German headings, and passes axe', async () => {
    const page = await open(formatReport(report, 'html', 'de'));
    expect(await page.$eval('html', (el) => el.lang)).toBe('de');
    const headings = await page.$$eval('h1, h2', (els) => els.map((e) => e.textContent));
    expect(headings).toEqual(
      expect.arrayContaining([expect.stringMatching(/^Kontakt-Audit: /), 'So erreichen Sie einen Menschen', 'Bewertung', 'Warum diese Bewertung']),
    );
    expect(await page.title()).toMatch(/— Kontakt-Audit vom \d{1,2}\. [A-Z][a-zä]+ \d{4}$/);
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });
});
