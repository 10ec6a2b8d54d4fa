import { describe, expect, it } from 'vitest';
import { collectFindings } from '../../src/core/collect-findings.js';
import { DEFAULT_CRAWL_OPTIONS, type CrawledPage, type CrawlResult } from '../../src/core/crawl/crawl-types.js';
import type { PageFinding } from '../../src/core/types.js';
import type { Flag } from '../../src/core/flags.js';

const site = 'https://shop.example';
function page(path: string, depth: number, findings: PageFinding[], viaSitemap = false): CrawledPage {
  const url = `${site}${path}`;
  return {
    url,
    depth,
    path: depth === 0 ? [url] : [`${site}/`, url],
    pathText: depth === 0 ? [] : ['Link'],
    status: 200,
    analysis: { url, title: path, lang: 'en', findings, links: [] },
    ...(viaSitemap ? { viaSitemap } : {}),
  };
}
const crawl = (pages: CrawledPage[]): CrawlResult => ({
  startUrl: `${site}/`,
  site,
  pages,
  errors: [],
  skipped: [],
  sitemapOnly: [],
  options: DEFAULT_CRAWL_OPTIONS,
});
const phone = (value: string, role: PageFinding['role'] = 'general', flags: Flag[] = []): PageFinding => ({ kind: 'phone', value, role, flags });

describe('collectFindings', () => {
  it('keeps each contact where it is fewest clicks away, whatever order pages arrive in', () => {
    const out = collectFindings(crawl([page('/deep', 2, [phone('+12025550100')]), page('/', 0, [phone('+12025550100', 'general', ['tel-link'])])]));
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({ value: '+12025550100', depth: 0, url: `${site}/` });
    expect(out[0]?.flags).toEqual(['tel-link']);
  });

  it('unions the flags of the same contact seen on deeper pages', () => {
    const out = collectFindings(crawl([page('/', 0, [phone('+12025550100')]), page('/a', 1, [phone('+12025550100', 'general', ['toll-free'])])]));
    expect(out[0]?.flags).toEqual(['toll-free']);
    expect(out[0]?.depth).toBe(0);
  });

  it('keeps the same number once per role (a sales and a support label are two findings)', () => {
    const out = collectFindings(crawl([page('/', 0, [phone('+12025550100', 'sales')]), page('/s', 1, [phone('+12025550100', 'support')])]));
    expect(out.map((f) => [f.role, f.depth])).toEqual([
      ['sales', 0],
      ['support', 1],
    ]);
  });

  it('adds from sitemap-only pages only contacts no click reached, flagged sitemap-only', () => {
    const out = collectFindings(
      crawl([page('/', 0, [phone('+12025550100')]), page('/hidden', 4, [phone('+12025550100', 'sales'), phone('+12025550199', 'sales')], true)]),
    );
    expect(out.map((f) => [f.value, f.role, f.flags])).toEqual([
      ['+12025550100', 'general', []],
      ['+12025550199', 'sales', ['sitemap-only']],
    ]);
  });

  it('keeps two WhatsApp numbers apart: the app is the value, the number the contact', () => {
    const wa = (display: string, role: PageFinding['role']): PageFinding => ({ kind: 'messaging', value: 'whatsapp', display, role, flags: [] });
    const out = collectFindings(crawl([page('/', 0, [wa('https://wa.me/12025550100', 'sales'), wa('https://wa.me/12025550199', 'support')])]));
    expect(out.map((f) => f.display)).toEqual(['https://wa.me/12025550100', 'https://wa.me/12025550199']);
  });
});
