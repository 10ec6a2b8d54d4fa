// A site whose pages list thousands of distinct contacts (a dealer directory, or a site made to
// bloat reports): the report stays bounded, says it was capped, and keeps the vendor's own
// sales, support and footer contacts even when they come after the directory on the page.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PAGE_FINDING_CAPS } from '../../src/core/crawl/page-finding-caps.js';
import { REPORT_FINDINGS_PER_KIND } from '../../src/core/cap-report-findings.js';
import { formatReport, REPORT_FORMATS } from '../../src/core/report/formats/index.js';
import type { Report } from '../../src/core/report/schema.js';
import { audit, explain, findingValues, pathOf } from './support/audit.js';
import { links, page } from './support/pages.js';
import { htmlRoute, startServer, type HostileServer } from './support/server.js';

const PAGES = 12;
const PER_KIND = 1_000;
// NANP area codes with the fictional 555 exchange: 10,000 distinct numbers each.
const AREAS = ['202', '212', '213', '305', '312', '415', '503', '617'];
const phone = (n: number) => ({
  e164: `+1${AREAS[Math.floor(n / 10_000)]}555${String(n % 10_000).padStart(4, '0')}`,
  shown: `(${AREAS[Math.floor(n / 10_000)]}) 555-${String(n % 10_000).padStart(4, '0')}`,
});

// The vendor's own contacts: after the directory in the document, in the footer and under a "Sales" label.
const SALES_PHONE = '+18005550199';
const SUPPORT_EMAIL = 'support@vendor.example';
const FOOTER_EMAIL = 'hello@vendor.example';

function directory(i: number): string {
  const base = i * PER_KIND * 2;
  const tel = Array.from({ length: PER_KIND }, (_, j) => `<li><a href="tel:${phone(base + j).e164}">${phone(base + j).shown}</a></li>`).join('');
  const text = Array.from({ length: PER_KIND }, (_, j) => `<p>Branch ${i}-${j}: ${phone(base + PER_KIND + j).shown}, branch${i}x${j}@vendor.example</p>`).join(
    '',
  );
  return page({
    title: `Dealers ${i}`,
    nav: links([['/', 'Home']]),
    main: `<h1>Our dealers</h1><ul>${tel}</ul>${text}<h2>Sales</h2><p>Talk to our sales team: <a href="tel:${SALES_PHONE}">1-800-555-0199</a></p><h2>Support</h2><p>Customer support: <a href="mailto:${SUPPORT_EMAIL}">${SUPPORT_EMAIL}</a></p>`,
    footer: `<p>Write to <a href="mailto:${FOOTER_EMAIL}">${FOOTER_EMAIL}</a></p>`,
  });
}

describe('a site with thousands of distinct contacts per page', () => {
  let site: HostileServer;
  let report: Report;
  let ms: number;

  beforeAll(async () => {
    const routes = Object.fromEntries(Array.from({ length: PAGES }, (_, k) => [`/dealers/${k + 1}`, htmlRoute(directory(k + 1))]));
    routes['/'] = htmlRoute(
      directory(0).replace('<a href="/">Home</a>', links(Array.from({ length: PAGES }, (_, k) => [`/dealers/${k + 1}`, `Dealers ${k + 1}`]))),
    );
    site = await startServer({ routes });
    const started = Date.now();
    report = await audit(`${site.origin}/`, { maxDepth: 1 });
    ms = Date.now() - started;
  }, 120_000);
  afterAll(() => site?.close());

  it('crawls every page and caps each page per kind, noting it under the page', () => {
    expect(report.partial, explain(report)).toBe(false);
    expect(report.crawl.pagesFetched).toBe(PAGES + 1);
    const pageNotes = report.crawl.errors.filter((e) => e.kind === 'capped' && e.message.startsWith('this page lists'));
    expect(pageNotes.map((e) => pathOf(e.url)).sort()).toEqual(['/', ...Array.from({ length: PAGES }, (_, k) => `/dealers/${k + 1}`)].sort());
    // 2,000 phones (tel: links and text) and 1,000 emails: both kinds named, with what was kept.
    expect(pageNotes[0]?.message).toMatch(/2,\d{3} distinct phone findings \(50 kept\)/);
    expect(pageNotes[0]?.message).toMatch(/1,00\d distinct email findings \(50 kept\)/);
  });

  it('bounds the report: findings per kind, and its size', () => {
    const perKind = new Map<string, number>();
    for (const f of report.findings) perKind.set(f.kind, (perKind.get(f.kind) ?? 0) + 1);
    for (const [kind, n] of perKind) expect(n, kind).toBeLessThanOrEqual(REPORT_FINDINGS_PER_KIND);
    // Without the caps: 13 pages × 3,000 = 39,000 findings (about 20 MB of JSON).
    expect(report.findings.length).toBeLessThanOrEqual(2 * REPORT_FINDINGS_PER_KIND);
    expect(Buffer.byteLength(formatReport(report, 'json'))).toBeLessThan(500_000);
    // The site-wide cut is noted under the site itself.
    const siteNotes = report.crawl.errors.filter((e) => e.kind === 'capped' && pathOf(e.url) === '/' && e.message.startsWith('the site has'));
    expect(siteNotes.map((e) => e.message.match(/distinct (\w+) findings/)?.[1]).sort()).toEqual(['email', 'phone']);
  });

  it('keeps the vendor own sales, support and footer contacts, though they come after the directory', () => {
    expect(findingValues(report, 'phone'), explain(report)).toContain(SALES_PHONE);
    expect(findingValues(report, 'email')).toEqual(expect.arrayContaining([SUPPORT_EMAIL, FOOTER_EMAIL]));
    expect(report.findings.find((f) => f.value === SALES_PHONE)).toMatchObject({ role: 'sales', depth: 0 });
    expect(report.findings.find((f) => f.value === SUPPORT_EMAIL)).toMatchObject({ role: 'support', depth: 0 });
    expect(report.checks.find((c) => c.id === 'sales-contact-depth')?.status).toBe('pass');
    expect(report.checks.find((c) => c.id === 'support-contact-depth')?.status).toBe('pass');
  });

  it('renders in every format', () => {
    for (const format of REPORT_FORMATS) {
      const text = formatReport(report, format);
      expect(text.length, format).toBeGreaterThan(100);
      expect(text.length, format).toBeLessThan(1_000_000);
    }
    expect(formatReport(report, 'md')).toMatch(/contacts capped 200: `this page lists/);
    expect(formatReport(report, 'html')).toMatch(/contacts capped 200: <code>this page lists/);
  });

  it('stays fast enough (the extraction, not the report, is the cost)', () => {
    expect(ms).toBeLessThan(60_000);
  });

  it('keeps the caps as data, each kind bounded', () => {
    for (const [kind, cap] of Object.entries(PAGE_FINDING_CAPS)) expect(cap, kind).toBeGreaterThan(0);
  });
});
