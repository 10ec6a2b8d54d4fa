// Page text and URLs carrying markup, scripts, javascript:/data: URLs, bidi and zero-width
// characters end up in the HTML, Markdown and CSV exports as inert, visible text: nothing runs
// when the HTML report is opened in Chromium (even with its CSP removed), the layout holds,
// Markdown carries no raw HTML or links from the page, CSV cells never start a formula.
import type { Browser } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatReport } from '../../src/core/report/formats/index.js';
import type { Report } from '../../src/core/report/schema.js';
import { audit, explain } from './support/audit.js';
import { launchChromium, observeHtml, type Observed } from './support/browser.js';
import { liveMarkdown } from './support/markdown.js';
import { hostileReport, payloads } from './support/payloads.js';
import { links, page } from './support/pages.js';
import { htmlRoute, startCanary, startServer, type HostileServer } from './support/server.js';

const INVISIBLE = /[\u202A-\u202E\u2066-\u2069\u200B-\u200F\u2060\uFEFF\u061C]/;

/** Markup as page TEXT: entity-escaped in the source, so the parsed text holds the raw payload. */
const asText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Remove the HTML report's CSP, to check the escaping without its safety net. */
const withoutCsp = (html: string) => html.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/i, '');

/** RFC 4180 rows of quoted cells, as the CSV export writes them. */
function csvRows(csv: string): string[][] {
  return csv
    .split('\r\n')
    .filter(Boolean)
    .map((row) => [...row.matchAll(/"((?:[^"]|"")*)"(?:,|$)/g)].map((m) => m[1]!.replace(/""/g, '"')));
}

function expectInertHtml(o: Observed, what: string): void {
  expect(o.dialogs, what).toEqual([]);
  expect(o.pwned, what).toBeUndefined();
  expect(o.requests, what).toEqual([]);
  expect(o.foreignElements, what).toEqual([]);
  expect(o.handlers, what).toEqual([]);
  expect(o.badUrls, what).toEqual([]);
  // The layout held: one report section, one title, every findings row with its 7 cells.
  expect(o.sections, what).toBe(1);
  expect(o.h1, what).toBe(1);
  expect(
    o.findingRowCells.every((n) => n === 7),
    what,
  ).toBe(true);
  // No horizontal scrolling: long unbroken page text wraps instead of widening the page.
  expect(o.scrollWidth, `${what}: page width`).toBeLessThanOrEqual(o.viewportWidth);
}

function expectSafeMarkdown(md: string): void {
  const live = liveMarkdown(md);
  // Every "<" outside code is escaped; no link or image syntax survives outside code.
  expect(live.match(/(?<!\\)<[^\n]{0,40}/g) ?? []).toEqual([]);
  expect(live.match(/(?<!\\)\]\((?:[^\n]{0,40})/g) ?? []).toEqual([]);
  expect(md).not.toMatch(INVISIBLE);
  // No page text starts a heading: the only headings are the report's own.
  for (const h of md.split('\n').filter((l) => l.startsWith('#')))
    expect(h).toMatch(/^#{1,3} (Contact audit: |(Scores|Best way to reach a person|Why this score|All checks|Contacts found|Crawl details)$)/);
}

function expectSafeCsv(csv: string, findings: number): void {
  const rows = csvRows(csv);
  expect(rows.length).toBe(findings + 1);
  for (const row of rows) {
    expect(row.length).toBe(8);
    for (const cell of row) expect(cell, cell).not.toMatch(/^[=+\-@\t\r]/);
  }
  expect(csv).not.toMatch(INVISIBLE);
  expect(csv.split('\r\n').filter(Boolean).length).toBe(findings + 1);
}

let browser: Browser;
let canary: HostileServer;
beforeAll(async () => {
  [browser, canary] = await Promise.all([launchChromium(), startCanary()]);
});
afterAll(async () => {
  await browser?.close();
  await canary?.close();
});

describe('a hostile site, audited and exported', () => {
  let site: HostileServer;
  let report: Report;
  let p: ReturnType<typeof payloads>;

  beforeAll(async () => {
    p = payloads(canary.origin);
    site = await startServer({
      routes: {
        '/': htmlRoute(
          page({
            nav: `<a href="/contact">${asText(p.img)}Contact ${p.bidi}</a>`,
            main: links([
              [asText(p.jsUrl), 'Call us'],
              [asText(p.dataUrl), 'Data'],
              ['/&quot;&gt;&lt;svg onload=window.__pwned=3&gt;', asText(p.breakout)],
              ['/out', 'Partner'],
              [`/logout?next=${asText(p.script)}`, 'Sign out'],
            ]),
          }),
        ),
        '/contact': htmlRoute(
          page({
            title: asText(p.script),
            main: [
              `<p>Sales: call (202) 555-0143 ${asText('<script>window.__pwned=1</script>')} ${asText(p.img)} ${asText(p.script)}</p>`,
              `<p>Support line ${p.longWord} (202) 555-0177</p>`,
              `<p>Phone: \u202E(202) 555-0188 ${asText(p.attrDouble)}</p>`,
              `<address>${asText(p.style)} 1400 Market Street, Denver, CO 80202</address>`,
              `<p>Support: <a href="mailto:help@vendor.example">${asText(p.attrSingle)} help@vendor.example</a> ${asText(p.md)}</p>`,
            ].join('\n'),
          }),
        ),
        '/out': (_req, res) => void res.writeHead(302, { location: `${canary.origin}/"><script>window.__pwned=1</script>` }).end(),
      },
    });
    report = await audit(`${site.origin}/`);
  });
  afterAll(() => site?.close());

  it('carries the payloads into the report as text (so the export checks below test something)', () => {
    const json = JSON.stringify(report);
    expect(json, explain(report)).toContain('<script>window.__pwned=1</script>');
    expect(json).toContain('<img src=x onerror=');
    expect(json).toContain('\u202E');
    expect(report.findings.map((f) => f.value)).toEqual(expect.arrayContaining(['+12025550143', '+12025550188', 'help@vendor.example']));
    expect(report.crawl.errors.some((e) => e.kind === 'redirect-off-site')).toBe(true);
  });

  it('never requested a javascript:, data: or script-bearing URL, nor the canary', () => {
    // (The 404 path with an encoded <svg> in it is a same-site page like any other: requesting it is harmless.)
    expect(site.paths().filter((x) => /script|logout|javascript|data:/i.test(x))).toEqual([]);
    expect(canary.connections()).toBe(0);
  });

  it('HTML: opened in Chromium, nothing runs, nothing is requested, the layout holds', async () => {
    const html = formatReport(report, 'html');
    const o = await observeHtml(browser, html);
    expectInertHtml(o, 'with CSP');
    expect(o.text).toContain('<script>window.__pwned=1</script>');
    expect(o.text).toContain('<img src=x onerror=');
    expect(o.text).toContain('[U+202E]');
    expectInertHtml(await observeHtml(browser, withoutCsp(html)), 'without CSP');
    expect(canary.connections()).toBe(0);
  });

  it('Markdown: no raw HTML, no links from page text, invisibles shown', () => {
    const md = formatReport(report, 'md');
    expectSafeMarkdown(md);
    expect(md).toContain('U+202E');
    expect(md).toContain('\\<img src=x onerror=');
  });

  it('CSV: one row per finding, no cell starts a formula, invisibles shown', () => {
    const csv = formatReport(report, 'csv');
    expectSafeCsv(csv, report.findings.length);
    expect(csvRows(csv).flat()).toContain("'+12025550143");
  });
});

describe('a report with a payload in every page-derived field', () => {
  let report: Report;
  beforeAll(() => {
    report = hostileReport(canary.origin);
  });

  it('HTML: inert in Chromium with and without its CSP, the layout holds', async () => {
    const html = formatReport(report, 'html');
    expectInertHtml(await observeHtml(browser, html), 'with CSP');
    const o = await observeHtml(browser, withoutCsp(html));
    expectInertHtml(o, 'without CSP');
    for (const shown of ['<script>window.__pwned=1', 'javascript:window.__pwned=6', '[U+202E]gnp.exe', '</code></td></tr></table>'])
      expect(o.text).toContain(shown);
    expect(canary.connections()).toBe(0);
  });

  it('Markdown: no raw HTML, no links or headings from page text, invisibles shown', () => {
    expectSafeMarkdown(formatReport(report, 'md'));
  });

  it('CSV: cells starting with = + - @ tab or CR are neutralised', () => {
    const csv = formatReport(report, 'csv');
    expectSafeCsv(csv, report.findings.length);
    const values = csvRows(csv)
      .slice(1)
      .map((r) => r[2]);
    expect(values).toEqual(
      expect.arrayContaining([
        '\'=1+2 =HYPERLINK("http://evil.example","x")',
        '\'-2+3 =HYPERLINK("http://evil.example","x")',
        '\'@SUM(A1:A2) =HYPERLINK("http://evil.example","x")',
      ]),
    );
  });
});

describe('invisible characters beyond bidi controls and zero-width spaces', () => {
  // Unicode tag characters (U+E0020–E007F) spell hidden ASCII ("ASCII smuggling"); U+2061–U+2064
  // are zero-width operators; U+3164 and U+115F are blank fillers used for invisible names.
  const HIDDEN = `help@vendor.example${[...'ignore previous instructions'].map((c) => String.fromCodePoint(0xe0000 + c.charCodeAt(0))).join('')}\u2062\u3164\u115F`;

  it('are revealed in the HTML, Markdown and CSV exports', () => {
    const base = hostileReport('http://127.0.0.1:9');
    const report = { ...base, findings: [{ ...base.findings[0]!, value: HIDDEN, display: HIDDEN, context: HIDDEN }] };
    for (const format of ['html', 'md', 'csv'] as const) {
      expect(formatReport(report, format), format).not.toMatch(/[\u{E0000}-\u{E007F}\u2061-\u2064\u3164\u115F]/u);
    }
  });
});
