import { describe, expect, it } from 'vitest';
import { assembleReport, mergeLiveDom } from '../../src/background/assemble.js';
import { RENDERED_FLAG } from '../../src/core/rendered-page.js';
import { exportFilename } from '../../src/background/export.js';
import type { CrawledPage } from '../../src/core/crawl/crawl-types.js';
import type { PageAnalysis } from '../../src/core/types.js';
import { crawlingState, SITE } from './fixtures.js';

const analysis = (url: string, findings: PageAnalysis['findings']): PageAnalysis => ({ url, title: 't', lang: 'en', findings, links: [] });
const start: CrawledPage = {
  url: `${SITE}/`,
  depth: 0,
  path: [`${SITE}/`],
  pathText: [],
  status: 200,
  analysis: analysis(`${SITE}/`, [{ kind: 'email', value: 'info@vendor.example', role: 'general', flags: [] }]),
};
const contact: CrawledPage = {
  url: `${SITE}/contact`,
  depth: 1,
  path: [`${SITE}/`, `${SITE}/contact`],
  pathText: ['Contact'],
  status: 200,
  analysis: analysis(`${SITE}/contact`, [{ kind: 'phone', value: '+18005550199', role: 'sales', flags: [] }]),
};

describe('the live DOM', () => {
  it('adds what only the rendered page shows to the start page, flagged, not as a page of its own', () => {
    const live = analysis(`${SITE}/`, [
      { kind: 'email', value: 'info@vendor.example', role: 'general', flags: [] },
      { kind: 'chat', value: 'intercom', role: 'support', flags: ['script'] },
    ]);
    const pages = mergeLiveDom([start, contact], live, `${SITE}/`);
    expect(pages).toHaveLength(2);
    expect(pages[0]?.analysis.findings.map((f) => [f.kind, f.flags])).toEqual([
      ['email', []],
      ['chat', ['script', RENDERED_FLAG]],
    ]);
    expect(mergeLiveDom([start], undefined, `${SITE}/`)).toEqual([start]);
  });

  it("takes only chat widgets and script-built forms from the shopper's own page, nothing personal", () => {
    const live = analysis(`${SITE}/?session=abc123`, [
      { kind: 'phone', value: '+12025550100', display: '+1 202 555 0100', role: 'general', flags: ['tel-link'], context: 'Signed in as Jane Doe' },
      { kind: 'email', value: 'jane.doe@private-mail.example', role: 'general', flags: [] },
      { kind: 'address', value: '42 private lane, springfield', role: 'general', flags: [] },
      { kind: 'messaging', value: 'whatsapp', role: 'support', flags: [] },
      { kind: 'form', value: `${SITE}/account/messages?user=jane`, role: 'support', flags: [], context: 'Hi Jane, how can we help?' },
      { kind: 'chat', value: 'intercom', role: 'support', flags: ['global'], context: 'Intercom for Jane Doe' },
    ]);
    const added = mergeLiveDom([start], live, `${SITE}/`)[0]!.analysis.findings.slice(1);
    expect(added).toEqual([
      { kind: 'form', value: `${SITE}/`, role: 'support', flags: [RENDERED_FLAG] },
      { kind: 'chat', value: 'intercom', role: 'support', flags: ['global', RENDERED_FLAG] },
    ]);
    expect(JSON.stringify(mergeLiveDom([contact], live, `${SITE}/`))).not.toMatch(/jane|555.?0100|private lane|session/i);
  });

  it('stands in for the start page when the anonymous fetch of it never arrived', () => {
    const pages = mergeLiveDom([contact], analysis(`${SITE}/`, [{ kind: 'chat', value: 'drift', role: 'sales', flags: [] }]), `${SITE}/`);
    expect(pages.map((p) => [p.url, p.depth])).toEqual([
      [`${SITE}/`, 0],
      [`${SITE}/contact`, 1],
    ]);
  });
});

describe('assembleReport', () => {
  it('rebuilds a schema-valid report from stored pages; an early end is partial and says why', () => {
    const report = assembleReport({
      state: crawlingState(),
      pages: [start, contact],
      finishedAt: '2026-11-25T10:02:00.000Z',
      toolVersion: '9.9.9',
      partialReason: 'The tab navigated away',
    });
    expect(report.partial).toBe(true);
    expect(report.partialReason).toBe('The tab navigated away');
    expect(report.crawl.pagesFetched).toBe(2);
    expect(report.tool.version).toBe('9.9.9');
    expect(report.findings.find((f) => f.value === '+18005550199')?.pathText).toEqual(['Contact']);
  });

  it('export files are named after the site and the date', () => {
    expect(exportFilename('http://127.0.0.1:8080', '2026-11-25T10:02:00.000Z', 'json')).toBe('127.0.0.1_8080-2026-11-25.json');
    expect(exportFilename('https://shop.vendor.example', '2026-01-02T00:00:00Z', 'md')).toBe('shop.vendor.example-2026-01-02.md');
  });
});
