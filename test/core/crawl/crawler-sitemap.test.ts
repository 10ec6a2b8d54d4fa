import { describe, expect, it } from 'vitest';
import { DEFAULT_CRAWL_OPTIONS, type CrawlOptions } from '../../../src/core/crawl/crawl-types.js';
import { crawlSite } from '../../../src/core/crawl/crawler.js';
import { fakeSite, html } from './fake-fetcher.js';

const O = 'https://vendor.example';
const opts = (o: Partial<CrawlOptions> = {}): CrawlOptions => ({ ...DEFAULT_CRAWL_OPTIONS, ...o });
const urlset = (paths: string[]) => ({
  contentType: 'application/xml',
  body: `<urlset>${paths.map((p) => `<url><loc>${O}${p}</loc></url>`).join('')}</urlset>`,
});

describe('crawlSite: sitemap.xml', () => {
  it('finds contact pages only the sitemap knows, and visits them while budget remains', async () => {
    const site = fakeSite(O, {
      '/': html([['/products', 'Products']]),
      '/products': html([]),
      '/sitemap.xml': urlset(['/', '/products', '/blog/post-1', '/service/kontakt', '/about-us']),
      '/service/kontakt': html([]),
      '/about-us': html([]),
    });
    const r = await crawlSite(`${O}/`, opts(), site.fetcher);
    expect(r.sitemapOnly).toEqual([
      {
        url: `${O}/service/kontakt`,
        reason: 'in sitemap.xml, not linked within 3 clicks',
        message: { key: 'reason_sitemap_unlinked', params: { depth: '3' } },
      },
      {
        url: `${O}/about-us`,
        reason: 'in sitemap.xml, not linked within 3 clicks',
        message: { key: 'reason_sitemap_unlinked', params: { depth: '3' } },
      },
    ]);
    const kontakt = r.pages.find((p) => p.url === `${O}/service/kontakt`);
    expect(kontakt).toMatchObject({ viaSitemap: true, depth: 4, path: [`${O}/`, `${O}/service/kontakt`], pathText: ['sitemap.xml'] });
    expect(site.requests).not.toContain(`${O}/blog/post-1`);
  });

  it('lists but does not visit them when the budget is spent', async () => {
    const site = fakeSite(O, {
      '/': html([
        ['/a', 'A'],
        ['/b', 'B'],
      ]),
      '/sitemap.xml': urlset(['/contact']),
    });
    const r = await crawlSite(`${O}/`, opts({ maxPages: 2 }), site.fetcher);
    expect(r.sitemapOnly).toMatchObject([{ url: `${O}/contact`, reason: 'in sitemap.xml, not reached by links within 3 clicks and 2 pages' }]);
    expect(site.requests).not.toContain(`${O}/contact`);
  });

  it('does not list pages linked within the depth, even if not yet visited', async () => {
    const site = fakeSite(O, { '/': html([['/contact', 'Contact']]), '/contact': html([]), '/sitemap.xml': urlset(['/contact']) });
    const r = await crawlSite(`${O}/`, opts(), site.fetcher);
    expect(r.sitemapOnly).toEqual([]);
    expect(r.pages.find((p) => p.url === `${O}/contact`)?.viaSitemap).toBeUndefined();
  });

  it('reads Sitemap: lines in robots.txt and index files one level down', async () => {
    const site = fakeSite(O, {
      '/robots.txt': { contentType: 'text/plain', body: `User-agent: *\nDisallow: /intern\nSitemap: ${O}/idx.xml\n` },
      '/': html([]),
      '/idx.xml': { contentType: 'application/xml', body: `<sitemapindex><sitemap><loc>${O}/pages.xml</loc></sitemap></sitemapindex>` },
      '/pages.xml': {
        contentType: 'application/xml',
        body: `<urlset><url><loc>${O}/impressum</loc></url><url><loc>${O}/intern/kontakt</loc></url><url><loc>https://other.example/contact</loc></url></urlset>`,
      },
      '/impressum': html([]),
    });
    const r = await crawlSite(`${O}/`, opts(), site.fetcher);
    expect(r.pages.filter((p) => p.viaSitemap).map((p) => p.url)).toEqual([`${O}/impressum`]);
    // Listed (it exists and is unlinked) but robots.txt keeps it unrequested.
    expect(r.sitemapOnly.map((s) => s.url)).toEqual([`${O}/impressum`, `${O}/intern/kontakt`]);
    expect(site.requests).not.toContain(`${O}/intern/kontakt`);
    expect(site.requests.some((u) => u.includes('other.example'))).toBe(false);
  });

  it('is skipped with useSitemap false, and a missing sitemap is no error', async () => {
    const off = fakeSite(O, { '/': html([]) });
    await crawlSite(`${O}/`, opts({ useSitemap: false }), off.fetcher);
    expect(off.requests.some((u) => u.includes('sitemap'))).toBe(false);

    const missing = fakeSite(O, { '/': html([]) });
    const r = await crawlSite(`${O}/`, opts(), missing.fetcher);
    expect(missing.requests).toContain(`${O}/sitemap.xml`);
    expect(r.errors).toEqual([]);
  });
});

describe('crawlSite: sitemap bounds', () => {
  it('reads at most 10 sitemap files, pages-like children first, and never an index of indexes', async () => {
    const children = [...Array.from({ length: 12 }, (_, i) => `/post-sitemap${i}.xml`), '/page-sitemap.xml', '/nested-index.xml'];
    const site = fakeSite(O, (path) => {
      if (path === '/') return html([]);
      if (path === '/sitemap.xml')
        return {
          contentType: 'application/xml',
          body: `<sitemapindex>${children.map((c) => `<sitemap><loc>${O}${c}</loc></sitemap>`).join('')}</sitemapindex>`,
        };
      if (path === '/page-sitemap.xml') return urlset(['/kontakt']);
      if (path === '/nested-index.xml')
        return { contentType: 'application/xml', body: `<sitemapindex><sitemap><loc>${O}/deeper.xml</loc></sitemap></sitemapindex>` };
      if (path.startsWith('/post-sitemap')) return urlset(['/blog/x']);
      return path === '/kontakt' ? html([]) : undefined;
    });
    const r = await crawlSite(`${O}/`, opts(), site.fetcher);
    const sitemapRequests = site.requests.filter((u) => u.endsWith('.xml'));
    expect(sitemapRequests).toHaveLength(10);
    expect(sitemapRequests).toContain(`${O}/page-sitemap.xml`);
    expect(sitemapRequests).toContain(`${O}/nested-index.xml`);
    expect(sitemapRequests).not.toContain(`${O}/deeper.xml`);
    expect(r.sitemapOnly.map((s) => s.url)).toEqual([`${O}/kontakt`]);
  });

  it('lists at most 20 sitemap-only pages, the most contact-like first', async () => {
    const paths = [...Array.from({ length: 30 }, (_, i) => `/about/team-${i}`), '/kontakt'];
    const site = fakeSite(O, (path) => (path === '/sitemap.xml' ? urlset(paths) : html([])));
    const r = await crawlSite(`${O}/`, opts({ maxPages: 1 }), site.fetcher);
    expect(r.sitemapOnly).toHaveLength(20);
    expect(r.sitemapOnly[0]?.url).toBe(`${O}/kontakt`);
  });
});
