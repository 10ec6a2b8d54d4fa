import { describe, expect, it } from 'vitest';
import { formatReport, formatReports, REPORT_FORMATS } from '../../../src/core/report/formats/index.js';
import { ReportSchema } from '../../../src/core/report/schema.js';
import { hostileReport, sampleReport } from './sample.js';
import { HTML_REPORT_TAGS } from '../../support/html-report-tags.js';

const INVISIBLE = /[\u202A-\u202E\u2066-\u2069\u200B-\u200D\u2060\uFEFF]/;
const ALLOWED_TAGS = new Set(['!doctype', ...HTML_REPORT_TAGS]);
const ALLOWED_ATTRS = new Set(['lang', 'charset', 'http-equiv', 'content', 'name', 'class', 'style', 'href', 'rel', 'data-label']);

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
  it('lists the formats, and formats one report in each', () => {
    expect(REPORT_FORMATS).toEqual(expect.arrayContaining(['json', 'jsonl', 'md', 'html', 'csv', 'summary-csv']));
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

  it('JSON batch: one shape, an array of reports, whatever the number of sites; one report alone is the object', () => {
    expect(JSON.parse(formatReports([sampleReport()], 'json'))).toEqual([sampleReport()]);
    expect(JSON.parse(formatReports([sampleReport(), hostileReport()], 'json'))).toEqual([sampleReport(), hostileReport()]);
    expect(Array.isArray(JSON.parse(formatReport(sampleReport(), 'json')))).toBe(false);
    expect(formatReport(sampleReport(), 'json', 'de')).toBe(formatReport(sampleReport(), 'json'));
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

  it('shows vendor, date, grade, click paths, findings, failed checks with evidence and crawl errors', () => {
    const plain = formatReport(sampleReport(), 'html');
    expect(plain).toContain('<title>vendor.example — contact audit, November 25, 2026</title>');
    expect(plain).toContain('<h1>Contact audit: vendor.example</h1>');
    expect(plain).toContain('Audited on November 25, 2026 at 01:00 PM UTC, starting at <a href="https://vendor.example/"');
    expect(plain).toMatch(/<span class="grade" style="background:#[0-9a-f]{6}">grade B<\/span>/);
    expect(plain).toContain('<p class="role">Support</p><p class="way"><b>Email</b> <code>help@vendor.example</code> — 2 clicks</p>');
    expect(plain).toContain('Click path: <ol class="path"><li><a href="https://vendor.example/" rel="noopener noreferrer nofollow">Home</a></li>');
    expect(plain).toContain('<a href="https://vendor.example/support/contact" rel="noopener noreferrer nofollow">Contact support</a>');
    expect(plain).toContain('<p class="role">Sales</p><p class="way"><b>Call</b> <code>+1 555 0100</code> — on the start page</p>');
    expect(plain).toContain('Support email help@vendor.example is 2 clicks deep');
    expect(plain).toContain('HTTP 404');
  });

  it('puts the best way and the scores first, then the reasons (most points first), then the folded details', () => {
    const report = sampleReport();
    report.checks.push({ ...report.checks[1]!, id: 'noreply-email', title: 'Published email addresses are read', points: 40 });
    const plain = formatReport(report, 'html');
    const order = [
      'Best way to reach a person',
      'Scores',
      'Why this score',
      'Published email addresses are read',
      'Clicks to a support phone',
      'All checks',
      'Contacts found',
      'Crawl details',
    ];
    const at = order.map((text) => plain.indexOf(text));
    expect(at.every((i) => i > 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    // Sources and evidence are folded under each reason, not printed in the reason's text.
    expect(plain).toMatch(/<details><summary>Evidence and sources<\/summary><ul>.*<li>Source: BGH I ZR 228\/03<\/li><\/ul><\/details>/);
    expect(plain).toContain('<details class="fold"><summary>Show all 4 checks</summary><table>');
    expect(plain).toContain('<details class="fold"><summary>Show 2 contacts</summary><table>');
    expect(plain).toContain('<td data-label="Page"><a href="https://vendor.example/support/contact"');
    expect(plain).toContain('<p>Pages with contacts</p><ul><li><a href="https://vendor.example/"');
    // Passed checks are no reasons.
    expect(plain.slice(plain.indexOf('Why this score'), plain.indexOf('All checks'))).not.toContain('Clicks to a sales phone');
  });

  it('is laid out for phones, print and dark mode, and breaks only code and links anywhere', () => {
    // No "<" in the stylesheet: it could never end the <style> element early.
    const css = /<style>([^<]*)<\/style>/.exec(formatReport(sampleReport(), 'html'))![1]!;
    expect(css).toContain('@media (prefers-color-scheme:dark)');
    expect(css).toContain('@media print');
    expect(css).toContain('details::details-content{content-visibility:visible');
    expect(css).toContain('@media (max-width:40rem),print{');
    expect(css).toMatch(/body\{[^}]*overflow-wrap:break-word/);
    expect(css.match(/overflow-wrap:anywhere/g)).toHaveLength(1);
    expect(css).toContain('a,code{overflow-wrap:anywhere}');
  });

  it('is written in the language asked for, with lang, dates and numbers to match', () => {
    const de = formatReport(sampleReport(), 'html', 'de');
    expect(de).toContain('<html lang="de">');
    expect(de).toContain('<title>vendor.example — Kontakt-Audit vom 25. November 2026</title>');
    expect(de).toContain('<h2>So erreichen Sie einen Menschen</h2>');
    expect(de).toContain('<h2>Warum diese Bewertung</h2>');
    expect(de).toContain('<b>12,4 <span class="grade"');
    expect(de).toContain('Klickpfad: <ol class="path"><li><a href="https://vendor.example/" rel="noopener noreferrer nofollow">Startseite</a>');
    for (const language of ['fr', 'es'] as const) {
      const html = formatReport(sampleReport(), 'html', language);
      expect(html).toContain(`<html lang="${language}">`);
      expect(html).not.toContain('Best way to reach a person');
    }
    expect(formatReport(sampleReport(), 'html')).toContain('<html lang="en">');
  });

  it('puts a batch on one page with a summary', () => {
    const batch = formatReports([sampleReport(), sampleReport({ site: 'https://other.example' })], 'html');
    expect(batch.match(/<!doctype html>/g)).toHaveLength(1);
    expect(batch).toContain('<title>Contact audit: 2 sites</title>');
    expect(batch).toMatch(/<h1>Contact audit: 2 sites<\/h1><h2>Summary<\/h2><table>/);
    expect(batch).toContain('<td data-label="Site"><a href="https://other.example/" rel="noopener noreferrer nofollow">other.example</a></td>');
    expect(batch.indexOf('<h2>Summary</h2>')).toBeLessThan(batch.indexOf('<h2>Contact audit: vendor.example</h2>'));
    expect(batch).toContain('<h3>Best way to reach a person</h3>');
    expect(batch.match(/<section>/g)).toHaveLength(2);
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
    expect(
      headings.every((l) => /^#{1,3} (Contact audit|Scores|Best way to reach a person|Why this score|All checks|Contacts found|Crawl details)/.test(l)),
    ).toBe(true);
    expect(md).not.toMatch(INVISIBLE);
    expect(md).toMatch(/\\?\[U\+202E\\?\]/);
  });

  it("lists the vendor's other sites, read or not, with the path to each, and says from which depth clicks are an upper bound", () => {
    expect(md).toContain("- The vendor's other sites: 1");
    expect(md).toMatch(/help\.vendor\.example.*another site of the vendor's, not read .*Home → /);
    expect(md).toContain('Clicks are the fewest up to 2 clicks; deeper ones are the shortest path found');
    const html = formatReport(hostileReport(), 'html');
    expect(html).toContain('The vendor&#39;s other sites: 1');
    expect(html).toMatch(/<li>help\.vendor\.example: another site of the vendor&#39;s, not read/);
  });

  it('reads well: scores, grade, click paths and failed checks', () => {
    const plain = formatReport(sampleReport(), 'md');
    expect(plain.startsWith('# Contact audit: vendor.example\n\nAudited on November 25, 2026 at 01:00 PM UTC, starting at <https://vendor.example/>.\n')).toBe(
      true,
    );
    expect(plain).toContain('| **Overall** | **12.4** (grade **B**) |');
    expect(plain).toContain(
      '- **Support:** Email `help@vendor.example` — 2 clicks\n  Click path: Home → Support → Contact support\n  <https://vendor.example/support/contact>\n',
    );
    expect(plain).toContain('- **Clicks to a support phone or email** (support: 15 of 50 points)');
    expect(plain).toContain('  - Source: BGH I ZR 228/03');
    expect(plain).toContain('| phone | `+1 555 0100` | Sales | 0 | <https://vendor.example/> |');
    expect(plain).toContain('| pass | Clicks to a sales phone or email | 0 / 50 |');
  });

  it('has no backslash escapes in URLs or in our own words, and tables of at most five columns', () => {
    const plain = formatReport(sampleReport(), 'md');
    // (An address in page text keeps its "\@", which stops GitHub from linking it.)
    const ours = (md: string) => md.split('\n').filter((l) => !l.includes('@'));
    expect(ours(plain).filter((l) => l.includes('\\'))).toEqual([]);
    expect(plain).not.toMatch(/\\[:./]/);
    for (const line of plain.split('\n').filter((l) => l.startsWith('|'))) expect(line.split(' | ').length).toBeLessThanOrEqual(5);
    const batch = formatReports([sampleReport(), sampleReport({ site: 'https://www.other.example' })], 'md');
    expect(ours(batch).filter((l) => l.includes('\\'))).toEqual([]);
    expect(batch).toContain('| <https://www.other.example/> | complete | 12.4 | B | 0 | 21 |');
    expect(batch).toContain('## Contact audit: other.example');
  });

  it('is written in the language asked for', () => {
    const de = formatReport(sampleReport(), 'md', 'de');
    expect(de).toContain('# Kontakt-Audit: vendor.example');
    expect(de).toContain('Geprüft am 25. November 2026');
    expect(de).toContain('| **Gesamt** | **12,4** (Note **B**) |');
    expect(de).toContain('## Warum diese Bewertung');
    expect(formatReport(sampleReport(), 'md', 'fr')).toContain('# Audit des contacts : vendor.example');
    expect(formatReport(sampleReport(), 'md', 'es')).toContain('# Auditoría de contacto: vendor.example');
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
    expect(row.split(/(?<!\\)\|/).length - 2).toBe(5);
  });

  it('summarises a batch before the reports', () => {
    const text = formatReports([sampleReport(), sampleReport({ site: 'https://other.example' })], 'md');
    expect(text.startsWith('# Contact audit: 2 sites')).toBe(true);
    expect(text).toContain('## Contact audit: other.example');
    expect(text).toContain('### Best way to reach a person');
  });
});
