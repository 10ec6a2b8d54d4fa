import { describe, expect, it } from 'vitest';
import { formatReport, formatReports, REPORT_FORMATS } from '../../../src/core/report/formats/index.js';
import { ReportSchema } from '../../../src/core/report/schema.js';
import { hostileReport, sampleReport } from './sample.js';
import { HTML_REPORT_TAGS } from '../../support/html-report-tags.js';

const INVISIBLE = /[\u202A-\u202E\u2066-\u2069\u200B-\u200D\u2060\uFEFF]/;
const ALLOWED_TAGS = new Set(['!doctype', ...HTML_REPORT_TAGS]);
const ALLOWED_ATTRS = new Set(['lang', 'charset', 'http-equiv', 'content', 'name', 'class', 'style', 'href', 'rel']);

/** Every tag and attribute the HTML export emits, read with a tokenizer-like regex over the whole output. */
function tagsOf(html: string): { tag: string; attrs: string[]; raw: string }[] {
  const withoutStyle = html.replace(/<style>[^<]*<\/style>/, '<style></style>');
  return [...withoutStyle.matchAll(/<\/?([!a-zA-Z][\w-]*)([^>]*)>/g)].map((m) => ({
    tag: m[1]!.toLowerCase(),
    attrs: [...m[2]!.matchAll(/\s([\w-]+)(?:="[^"]*")?/g)].map((a) => a[1]!.toLowerCase()),
    raw: m[0],
  }));
}

describe('formats', () => {
  it('lists the five formats, and formats one report in each', () => {
    expect(REPORT_FORMATS).toEqual(['json', 'jsonl', 'md', 'html', 'csv']);
    for (const format of REPORT_FORMATS) expect(formatReport(sampleReport(), format).length, format).toBeGreaterThan(100);
  });

  it('JSON round-trips the report exactly, hostile values included, with invisibles \\u-escaped', () => {
    const report = hostileReport();
    const text = formatReport(report, 'json');
    expect(JSON.parse(text)).toEqual(report);
    expect(text).not.toMatch(INVISIBLE);
    expect(text).toContain('\\u202e');
    expect(ReportSchema.parse(JSON.parse(text))).toEqual(report);
  });

  it('JSON batch: one report is the object, several an array', () => {
    expect(Array.isArray(JSON.parse(formatReports([sampleReport()], 'json')))).toBe(false);
    expect(JSON.parse(formatReports([sampleReport(), hostileReport()], 'json'))).toHaveLength(2);
  });

  it('formats an empty batch as an empty array, no lines and a bare CSV header', () => {
    expect(JSON.parse(formatReports([], 'json'))).toEqual([]);
    expect(formatReports([], 'jsonl')).toBe('');
    expect(formatReports([], 'csv')).toBe('"site","kind","value","role","depth","url","path","flags"\r\n');
  });

  it('JSONL: one report per line, each parseable', () => {
    const text = formatReports([sampleReport(), hostileReport()], 'jsonl');
    const lines = text.trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    expect(JSON.parse(lines[1]!)).toEqual(hostileReport());
    expect(text).not.toMatch(/[\u2028\u2029]/);
  });

  it('CSV: a header and a row per finding, formulas neutralised', () => {
    const text = formatReports([sampleReport(), hostileReport()], 'csv');
    const rows = text.split('\r\n').filter(Boolean);
    expect(rows[0]).toBe('"site","kind","value","role","depth","url","path","flags"');
    expect(rows).toHaveLength(1 + 2 + 2);
    expect(rows[1]).toBe('"https://vendor.example","phone","\'+15550100","sales","0","https://vendor.example/","https://vendor.example/","tel-link"');
    expect(rows[2]).toContain('"https://vendor.example/ > https://vendor.example/support > https://vendor.example/support/contact","mailto"');
    expect(rows[3]).toContain(`"'=HYPERLINK(""http://evil.example"",""x"")"`);
    expect(text).not.toMatch(INVISIBLE);
    for (const row of rows) expect(row.split('","').every((c) => !/^[=+\-@\t]/.test(c.replace(/^"/, '')))).toBe(true);
  });
});

describe('HTML export', () => {
  const html = formatReport(hostileReport(), 'html');

  it('is a self-contained page with a CSP and no script at all', () => {
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`);
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<(link|img|iframe|object|embed|form)/i);
  });

  it('emits only its own tags and attributes, whatever the page text', () => {
    for (const t of tagsOf(html)) {
      expect(ALLOWED_TAGS.has(t.tag), t.raw).toBe(true);
      if (t.tag === '!doctype') continue;
      for (const attr of t.attrs) expect(ALLOWED_ATTRS.has(attr), t.raw).toBe(true);
    }
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;&quot;&#39;&amp;');
    expect(html).toContain('&lt;/td&gt;&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it('puts only http(s) URLs into href', () => {
    const hrefs = [...html.matchAll(/href="([^"]*)"/g)].map((m) => m[1]!);
    expect(hrefs.length).toBeGreaterThan(0);
    for (const href of hrefs) expect(href).toMatch(/^https?:\/\//);
    expect(hrefs).toContain('https://vendor.example/%22%3E%3Cb%3Ex');
    expect(html).toContain('javascript:alert(1)'); // shown as text, not linked
  });

  it('shows bidi and zero-width characters instead of obeying them', () => {
    expect(html).not.toMatch(INVISIBLE);
    expect(html).toContain('abc[U+202E]evil[U+2066]x[U+2069][U+200B]z');
  });

  it('shows site, date, grade, click paths, findings, failed checks with evidence and crawl errors', () => {
    const plain = formatReport(sampleReport(), 'html');
    expect(plain).toContain('Contact audit: https://vendor.example');
    expect(plain).toContain('2026-11-25 13:00 UTC');
    expect(plain).toMatch(/<span class="grade" style="background:#[0-9a-f]{6}">B<\/span>/);
    expect(plain).toContain('<b>Support:</b> Email <code>help@vendor.example</code>, 2 clicks: <ol class="path">');
    expect(plain).toContain('>Contact support</a>');
    expect(plain).toContain('<b>Sales:</b> Call <code>+1 555 0100</code>, on the start page');
    expect(plain).toContain('Support email help@vendor.example is 2 clicks deep');
    expect(plain).toContain('HTTP 404');
  });

  it('puts a batch on one page with a summary', () => {
    const batch = formatReports([sampleReport(), sampleReport({ site: 'https://other.example' })], 'html');
    expect(batch.match(/<!doctype html>/g)).toHaveLength(1);
    expect(batch).toContain('Contact audit: 2 sites');
    expect(batch).toContain('https://other.example');
  });
});

describe('Markdown export', () => {
  const md = formatReport(hostileReport(), 'md');

  it('creates no raw HTML and no links from page text (code spans are literal)', () => {
    const outsideCode = md.replace(/(`+)[^\n]*?(?<!`)\1(?!`)/g, '');
    expect(outsideCode).toContain('\\<img');
    expect(outsideCode).not.toMatch(/(^|[^\\])<(img|script|b|\/td)/i);
    expect(outsideCode).not.toMatch(/(^|[^\\])\[click\]/);
    expect(md).not.toMatch(/<javascript:|<data:/);
    // The only autolinks are escaped http(s) URLs.
    for (const m of md.matchAll(/(^|[^\\])<([a-z]+:[^>\s]*)>/g)) expect(m[2]).toMatch(/^https?:\/\/[^<>\s"'`|\\]+$/);
  });

  it('never lets page text start a heading or list, and reveals invisibles', () => {
    const headings = md.split('\n').filter((l) => l.startsWith('#'));
    expect(headings.every((l) => /^#{1,3} (Contact audit|Scores|Best way to reach a person|Failed checks|All checks|Findings|Crawl)/.test(l))).toBe(true);
    expect(md).not.toMatch(INVISIBLE);
    expect(md).toMatch(/\\?\[U\+202E\\?\]/);
  });

  it("lists the vendor's other sites, read or not, with the path to each, and says from which depth clicks are an upper bound", () => {
    expect(md).toContain("- The vendor's other sites: 1");
    expect(md).toMatch(/help\.vendor\.example.*another site of the vendor's, not read .*Home → /);
    expect(md).toContain('Clicks are the fewest up to 2 clicks; deeper ones are the shortest path found');
    const html = formatReport(hostileReport(), 'html');
    expect(html).toContain("The vendor's other sites: 1");
    expect(html).toMatch(/<li>help\.vendor\.example: another site of the vendor&#39;s, not read/);
  });

  it('reads well: scores, grade, click paths and failed checks', () => {
    const plain = formatReport(sampleReport(), 'md');
    expect(plain).toContain('| **Overall** | **12.4** (grade **B**) |');
    expect(plain).toContain('- **Support:** Email `help@vendor.example`, 2 clicks: Home → Support → Contact support');
    expect(plain).toContain('<https://vendor.example/support/contact>');
    expect(plain).toContain('- **Clicks to a support phone or email** (15 of 50 support points)');
    expect(plain).toContain('| phone | `+1 555 0100` | sales | 0 | <https://vendor.example/> | `tel-link` |');
  });

  it('escapes block starts where page text begins a list item', () => {
    const report = sampleReport();
    report.checks[1]!.evidence = [{ note: '# Owned' }, { note: '1. item' }];
    const text = formatReport(report, 'md');
    expect(text).toContain('\n  - \\# Owned\n');
    expect(text).toContain('\n  - 1\\. item\n');
  });

  it('keeps table rows intact when page text has pipes', () => {
    const report = sampleReport();
    report.findings[0]!.display = 'a|b|c';
    const row = formatReport(report, 'md')
      .split('\n')
      .find((l) => l.startsWith('| phone'))!;
    expect(row.split(/(?<!\\)\|/).length - 2).toBe(6);
  });

  it('summarises a batch before the reports', () => {
    const text = formatReports([sampleReport(), sampleReport({ site: 'https://other.example' })], 'md');
    expect(text.startsWith('# Contact audit: 2 sites')).toBe(true);
    expect(text).toContain('## Contact audit: https\\://other.example');
  });
});
