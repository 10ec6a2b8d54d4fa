import { describe, expect, it } from 'vitest';
import { DEFAULT_CRAWL_OPTIONS, type CrawlOptions } from '../../../src/core/crawl/crawl-types.js';
import { crawlSite } from '../../../src/core/crawl/crawler.js';
import { fakeSite, html } from './fake-fetcher.js';

const O = 'https://vendor.example';
const opts = (o: Partial<CrawlOptions> = {}): CrawlOptions => ({ ...DEFAULT_CRAWL_OPTIONS, useSitemap: false, ...o });

describe('crawlSite: what it never requests', () => {
  it('never requests state-changing links, and records why', async () => {
    const site = fakeSite(O, {
      '/': html([
        ['/logout', 'Log out', 'header'],
        ['/wp-login.php?action=logout', 'Abmelden', 'header'],
        ['/cart/add/5', 'Add to cart'],
        ['/newsletter/abbestellen', 'Newsletter abbestellen'],
        ['/account', 'Déconnexion'],
        ['/contact', 'Contact'],
      ]),
      '/contact': html([['/comments/1/delete', 'Delete']]),
    });
    const r = await crawlSite(`${O}/`, opts(), site.fetcher);
    expect(site.pageRequests()).toEqual([`${O}/`, `${O}/contact`]);
    const reasons = Object.fromEntries(r.skipped.map((s) => [new URL(s.url).pathname, s.reason]));
    expect(reasons['/logout']).toMatch(/sign out/);
    expect(reasons['/wp-login.php']).toMatch(/sign out|action/);
    expect(reasons['/cart/add/5']).toMatch(/cart/);
    expect(reasons['/newsletter/abbestellen']).toMatch(/unsubscribe/);
    expect(reasons['/account']).toMatch(/sign out/);
    expect(reasons['/comments/1/delete']).toMatch(/delete/);
  });

  it('never requests other sites, and reports an off-site redirect without following it', async () => {
    const site = fakeSite(O, {
      '/': html([
        ['https://other.example/contact', 'Contact'],
        ['/go', 'Partner'],
        ['http://www.vendor.example/twin', 'Twin'],
      ]),
      '/go': { redirect: 'https://partner.example/' },
    });
    const r = await crawlSite(`${O}/`, opts(), site.fetcher);
    expect(site.requests.every((u) => /vendor\.example/.test(u))).toBe(true);
    expect(r.errors).toContainEqual(expect.objectContaining({ url: `${O}/go`, kind: 'redirect-off-site' }));
    // The www/http twin is the same site: it was requested.
    expect(site.requests).toContain('http://www.vendor.example/twin');
  });

  it('skips non-HTML files by extension before requesting them', async () => {
    const site = fakeSite(O, {
      '/': html([
        ['/brochure.pdf', 'Brochure'],
        ['/logo.PNG', 'Logo'],
        ['/setup.exe', 'Download'],
        ['/page', 'Page'],
      ]),
      '/page': html([]),
    });
    const r = await crawlSite(`${O}/`, opts(), site.fetcher);
    expect(site.pageRequests()).toEqual([`${O}/`, `${O}/page`]);
    expect(r.skipped.map((s) => s.reason).sort()).toEqual(['not HTML (.exe)', 'not HTML (.pdf)', 'not HTML (.png)']);
  });

  it('stops a calendar that links to the next day forever', async () => {
    const next = (d: string) => new Date(Date.parse(d) + 86_400_000).toISOString().slice(0, 10);
    const site = fakeSite(O, (path) => {
      if (path === '/') return html([['/events/2024/01/01', 'Events']]);
      const m = path.match(/^\/events\/(\d{4})\/(\d\d)\/(\d\d)$/);
      return m ? html([[`/events/${next(`${m[1]}-${m[2]}-${m[3]}`).replace(/-/g, '/')}`, 'Next day']]) : undefined;
    });
    const r = await crawlSite(`${O}/`, opts({ maxDepth: 50, maxPages: 200 }), site.fetcher);
    expect(site.pageRequests().length).toBeLessThanOrEqual(4);
    expect(r.skipped).toContainEqual(expect.objectContaining({ reason: expect.stringMatching(/calendar/) }));
  });

  it('bounds facet combinations and pagination', async () => {
    const site = fakeSite(O, (path) => {
      const u = new URL(path, O);
      if (u.pathname !== '/' && u.pathname !== '/shop') return undefined;
      const page = Number(u.searchParams.get('page') ?? 1);
      const colors = ['red', 'blue', 'green', 'black', 'white', 'grey', 'pink'];
      return html([...colors.map((c) => [`/shop?color=${c}`, c] as [string, string]), [`/shop?page=${page + 1}`, 'Next']]);
    });
    const r = await crawlSite(`${O}/`, opts({ maxDepth: 10, maxPages: 100 }), site.fetcher);
    expect(site.pageRequests().filter((u) => u.includes('/shop')).length).toBeLessThanOrEqual(5);
    expect(r.skipped.some((s) => /query variants/.test(s.reason))).toBe(true);
  });

  it('honours robots.txt for contact-audit and *, unless told not to', async () => {
    const pages = {
      '/robots.txt': { body: 'User-agent: *\nDisallow: /private\nDisallow: /intern/\n', contentType: 'text/plain' },
      '/': html([
        ['/private/contact', 'Contact'],
        ['/public', 'Public'],
        ['/intern/', 'Intern'],
      ]),
      '/public': html([]),
      '/private/contact': html([]),
    };
    const polite = fakeSite(O, pages);
    const r = await crawlSite(`${O}/`, opts(), polite.fetcher);
    expect(polite.pageRequests()).toEqual([`${O}/`, `${O}/public`]);
    expect(r.skipped).toContainEqual({ url: `${O}/private/contact`, reason: 'disallowed by robots.txt' });
    // "/intern/" was normalised to "/intern": still disallowed.
    expect(r.skipped).toContainEqual({ url: `${O}/intern`, reason: 'disallowed by robots.txt' });

    const rude = fakeSite(O, pages);
    await crawlSite(`${O}/`, opts({ respectRobots: false }), rude.fetcher);
    expect(rude.requests).not.toContain(`${O}/robots.txt`);
    expect(rude.pageRequests()).toContain(`${O}/private/contact`);
  });

  it('treats an unreachable robots.txt as disallow all, and says so', async () => {
    const site = fakeSite(O, { '/robots.txt': { status: 503 }, '/': html([['/a', 'A']]) });
    const r = await crawlSite(`${O}/`, opts(), site.fetcher);
    expect(site.pageRequests()).toEqual([`${O}/`]);
    expect(r.errors).toContainEqual(expect.objectContaining({ kind: 'robots', status: 503 }));
  });
});

describe('crawlSite: redirects', () => {
  it('follows the start page to its final URL and takes that origin as the site', async () => {
    // http://vendor.example/ → https://vendor.example/en/: the fetcher follows it (same site).
    const inner = fakeSite(O, { '/en/': html([['/en/contact', 'Contact']]), '/en/contact': html([]) });
    const r = await crawlSite('http://vendor.example/', opts(), async (url, o) => {
      if (!url.startsWith('http://')) return inner.fetcher(url, o);
      expect(o.allowedOrigins).toContain(O);
      return { ...(await inner.fetcher(`${O}/en/`, o)), requestedUrl: url };
    });
    expect(r.startUrl).toBe('http://vendor.example/');
    expect(r.site).toBe(O);
    expect(r.pages.map((p) => p.url)).toEqual([`${O}/en/`, `${O}/en/contact`]);
  });

  it('treats <meta http-equiv=refresh> as a link at the same depth', async () => {
    const site = fakeSite(O, {
      '/': html([], '<meta http-equiv="refresh" content="0; url=/de/">'),
      '/de/': html([['/de/kontakt', 'Kontakt']]),
      '/de': html([['/de/kontakt', 'Kontakt']]),
      '/de/kontakt': html([]),
    });
    const r = await crawlSite(`${O}/`, opts(), site.fetcher);
    const de = r.pages.find((p) => p.url === `${O}/de`);
    expect(de?.depth).toBe(0);
    expect(r.pages.find((p) => p.url === `${O}/de/kontakt`)?.depth).toBe(1);
  });
});
