import { describe, expect, it } from 'vitest';
import { compareReports, CompareError, type AuditChange, type VendorsView } from '../../../src/core/compare/index.js';
import { formatCompareHtml } from '../../../src/core/report/formats/compare-html.js';
import { formatCompareMarkdown } from '../../../src/core/report/formats/compare-md.js';
import type { Report } from '../../../src/core/report/schema.js';
import { EVIL, hostileReport, sampleReport } from '../report/sample.js';

const before = sampleReport();
/** A week later: the support email moved to the start page (its check passes), a chat came, the sales phone went. */
function later(): Report {
  const email = before.findings[1];
  const checks = before.checks.map((c) =>
    c.id === 'support-contact-depth'
      ? { ...c, status: 'pass' as const, points: 0, explanation: 'Support email help@vendor.example is on the start page.' }
      : c.id === 'sales-contact-depth'
        ? { ...c, status: 'fail' as const, points: 40, explanation: 'No sales phone or email found.' }
        : c,
  );
  const chat = { ...email!, kind: 'chat' as const, value: 'intercom', display: undefined, flags: [], depth: 0, path: [`${before.site}/`], pathText: [] };
  return sampleReport({
    startedAt: '2026-12-02T13:00:00.000Z',
    finishedAt: '2026-12-02T13:00:09.000Z',
    scores: { overall: 30, sales: 40, support: 0, grade: 'C' },
    crawl: { ...before.crawl, pagesFetched: 9 },
    findings: [{ ...email!, depth: 0, path: [`${before.site}/`], pathText: [], url: `${before.site}/` }, chat],
    checks,
  });
}

const other = (site: string, overall: number) =>
  sampleReport({
    site,
    startUrl: `${site}/`,
    scores: { overall, sales: overall, support: overall, grade: overall < 20 ? 'B' : 'D' },
  });

describe('two audits of one site', () => {
  const change = compareReports([later(), before]) as AuditChange;

  it('is chosen automatically for the same site twice, in time order whatever the order given', () => {
    expect(change.mode).toBe('change');
    expect(change.before.startedAt).toBe(before.startedAt);
  });

  it('score deltas: up is more hidden', () => {
    expect(change.scores).toEqual({
      overall: { before: 12.4, after: 30, delta: 17.6 },
      sales: { before: 0, after: 40, delta: 40 },
      support: { before: 21, after: 0, delta: -21 },
      grade: { before: 'B', after: 'C' },
    });
    expect(change.pages).toEqual({ before: 7, after: 9, delta: 2 });
  });

  it('the checks that changed, biggest move first, with both explanations; unchanged ones are left out', () => {
    expect(change.checks.map((c) => [c.id, c.pointsDelta])).toEqual([
      ['sales-contact-depth', 40],
      ['support-contact-depth', -15],
    ]);
    expect(change.checks[1]?.before?.explanation).toMatch(/2 clicks deep/);
    expect(change.checks[1]?.after?.explanation).toMatch(/start page/);
  });

  it('contacts found and lost by contact key: a contact seen at another depth is neither', () => {
    expect(change.found.map((f) => f.kind)).toEqual(['chat']);
    expect(change.lost.map((f) => f.value)).toEqual(['+15550100']);
  });

  it('best way before and after', () => {
    expect(change.ways.sales.before?.finding.value).toBe('+15550100');
    expect(change.ways.support.after?.finding.depth).toBe(0);
  });

  it('the page says what changed and why, in the language asked', () => {
    const html = formatCompareHtml(change, 'de');
    expect(html).toContain('<html lang="de">');
    expect(html).toContain('<main>');
    expect(html).toContain('+17,6');
    expect(html).toMatch(/2 clicks deep[\s\S]*start page/);
    const md = formatCompareMarkdown(change, 'en');
    expect(md).toContain('+40 (harder to find)');
    expect(md).toContain('\u221215 (easier to find)');
  });
});

describe('sites side by side', () => {
  const reports = [other('https://a.example', 10), other('https://b.example', 50), other('https://c.example', 30)];
  const view = compareReports(reports) as VendorsView;

  it('one column per site, in the order given, failed checks as rows', () => {
    expect(view.mode).toBe('vendors');
    expect(view.columns.map((c) => c.report.site)).toEqual(['https://a.example', 'https://b.example', 'https://c.example']);
    expect(view.failed.map((r) => r.id)).toEqual(['support-contact-depth']);
    expect(view.failed[0]?.cells.map((c) => c?.status)).toEqual(['fail', 'fail', 'fail']);
    expect(view.columns[0]?.sales?.finding.value).toBe('+15550100');
  });

  it('every site is a column of the page, with its best ways', () => {
    const html = formatCompareHtml(view, 'en');
    const heads = [...html.matchAll(/<th scope="col">([^<]*)<\/th>/g)].map((m) => m[1]);
    for (const site of ['a', 'b', 'c']) expect(heads.some((t) => t?.startsWith(`https://${site}.example, `))).toBe(true);
    expect(html).toContain('Call +1 555 0100');
    expect(html).toContain('3 sites side by side');
    const md = formatCompareMarkdown(view, 'en');
    expect(md).toContain('| What | <https://a.example/>, November 25, 2026 | <https://b.example/>, November 25, 2026 |');
    expect(md).toContain('| Best way to reach sales | Call +1 555 0100 — on the start page |');
  });

  it('two audits of different sites are a vendors view in auto mode, refused in change mode', () => {
    expect(compareReports(reports.slice(0, 2)).mode).toBe('vendors');
    expect(() => compareReports(reports.slice(0, 2), 'change')).toThrow(
      'two audits of one site are needed to see what changed, got https://a.example and https://b.example',
    );
    expect(() => compareReports(reports, 'change')).toThrow('the change view compares exactly 2 audits of one site, got 3');
  });

  it('the same site twice can still be put side by side when asked', () => {
    expect(compareReports([before, later()], 'vendors').mode).toBe('vendors');
  });

  it('a failed audit is a column without scores', () => {
    const failed = sampleReport({
      outcome: { status: 'failed', reason: 'the server answered 503' },
      partial: true,
      scores: undefined,
      checks: [],
      findings: [],
    });
    const html = formatCompareHtml(compareReports([failed, other('https://b.example', 20)]), 'en');
    expect(html).toContain('could not be audited: the server answered 503');
  });
});

describe('refusals', () => {
  it('fewer than 2 or more than 10 reports', () => {
    expect(() => compareReports([before])).toThrow(CompareError);
    expect(() => compareReports([before])).toThrow('compare needs at least 2 reports, got 1');
    const eleven = Array.from({ length: 11 }, (_, i) => other(`https://s${i}.example`, i));
    expect(() => compareReports(eleven)).toThrow('compare takes at most 10 reports, got 11');
    expect(compareReports(eleven.slice(0, 10)).mode).toBe('vendors');
  });
});

describe('untrusted text', () => {
  it('page-derived strings are escaped and only http(s) becomes a link', () => {
    const evil = hostileReport();
    const html = formatCompareHtml(compareReports([before, evil]));
    expect(html).not.toContain('<script>alert');
    expect(html).not.toContain('<img src=x');
    expect(html).not.toContain('href="javascript:');
    expect(html).toContain(`&lt;img src=x onerror=alert(1)&gt;`);
    expect(html).toContain(
      `<code>${EVIL.html.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;')}</code>`,
    );
  });
});
