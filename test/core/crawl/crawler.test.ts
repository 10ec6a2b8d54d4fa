import { describe, expect, it } from 'vitest';
import { DEFAULT_CRAWL_OPTIONS, type CrawlOptions, type CrawlProgress } from '../../../src/core/crawl/crawl-types.js';
import { crawlSite } from '../../../src/core/crawl/crawler.js';
import { fakeSite, html } from './fake-fetcher.js';

const O = 'https://vendor.example';
const opts = (o: Partial<CrawlOptions> = {}): CrawlOptions => ({ ...DEFAULT_CRAWL_OPTIONS, useSitemap: false, ...o });
const depthOf = (pages: { url: string; depth: number }[], path: string) => pages.find((p) => p.url === O + path)?.depth;

describe('crawlSite: depth and order', () => {
  it('reports a page at its fewest clicks even when a longer path is found first', async () => {
    const site = fakeSite(O, {
      '/': html([
        ['/deep1', 'Deep'],
        ['/contact', 'Contact'],
      ]),
      '/deep1': html([['/deep2', 'Deeper']]),
      '/deep2': html([['/contact', 'Contact']]),
      '/contact': html([]),
    });
    const r = await crawlSite(`${O}/`, opts(), site.fetcher);
    expect(depthOf(r.pages, '/contact')).toBe(1);
    expect(depthOf(r.pages, '/deep2')).toBe(2);
    const contact = r.pages.find((p) => p.url === `${O}/contact`)!;
    expect(contact.path).toEqual([`${O}/`, `${O}/contact`]);
    expect(contact.pathText).toEqual(['Contact']);
    expect(site.requests.filter((u) => u === `${O}/contact`)).toHaveLength(1);
  });

  it('visits every page of a layer before any page of the next', async () => {
    // Home links 6 pages; each links 2 more. Depth is the number of dashes in the path.
    const site = fakeSite(O, (path) => {
      if (path === '/') return html(Array.from({ length: 6 }, (_, i) => [`/p${i}`, `Page ${i}`] as [string, string]));
      const m = path.match(/^\/p(\d)(-\d)?$/);
      if (!m) return undefined;
      return m[2]
        ? html([])
        : {
            body: html([
              [`/p${m[1]}-1`, 'A'],
              [`/p${m[1]}-2`, 'B'],
            ]),
            delayMs: 5 * Number(m[1]),
          };
    });
    const r = await crawlSite(`${O}/`, opts({ concurrency: 4 }), site.fetcher);
    const depths = site.pageRequests().map((u) => (u === `${O}/` ? 0 : (new URL(u).pathname.match(/-/g)?.length ?? 0) + 1));
    expect(depths).toEqual([...depths].sort((a, b) => a - b));
    expect(r.pages).toHaveLength(1 + 6 + 12);
    expect(r.pages.map((p) => p.depth)).toEqual([...r.pages.map((p) => p.depth)].sort((a, b) => a - b));
  });

  it('requests contact-like links first within a layer, so a small budget finds them', async () => {
    const products = Array.from({ length: 12 }, (_, i) => [`/product-${i}`, `Widget ${i}`] as [string, string]);
    const site = fakeSite(O, (path) =>
      path === '/'
        ? html([...products, ['/about', 'About us', 'footer'], ['/terms', 'Terms', 'footer'], ['/x/kontakt', 'Kontakt', 'footer'], ['/news', 'News']])
        : html([]),
    );
    const r = await crawlSite(`${O}/`, opts({ maxPages: 4, concurrency: 1 }), site.fetcher);
    expect(site.pageRequests()).toEqual([`${O}/`, `${O}/x/kontakt`, `${O}/about`, `${O}/terms`]);
    expect(r.pages.map((p) => p.url)).toEqual(site.pageRequests());
  });

  it('reaches a page through its first-ranked parent', async () => {
    const site = fakeSite(O, {
      '/': html([
        ['/products', 'Products'],
        ['/kontakt', 'Kontakt'],
      ]),
      '/products': { body: html([['/team', 'Our team']]), delayMs: 1 },
      '/kontakt': { body: html([['/team', 'Team']]), delayMs: 30 },
      '/team': html([]),
    });
    const r = await crawlSite(`${O}/`, opts(), site.fetcher);
    const team = r.pages.find((p) => p.url === `${O}/team`);
    expect(team).toMatchObject({ depth: 2, path: [`${O}/`, `${O}/kontakt`, `${O}/team`], pathText: ['Kontakt', 'Team'] });
  });

  it('keeps document order with strategy breadth-first', async () => {
    const site = fakeSite(O, (path) =>
      path === '/'
        ? html([
            ['/a', 'Products'],
            ['/b', 'Blog'],
            ['/c', 'Contact'],
          ])
        : html([]),
    );
    await crawlSite(`${O}/`, opts({ concurrency: 1, strategy: 'breadth-first' }), site.fetcher);
    expect(site.pageRequests()).toEqual([`${O}/`, `${O}/a`, `${O}/b`, `${O}/c`]);
  });

  it('never goes deeper than maxDepth', async () => {
    const site = fakeSite(O, (path) => {
      const n = path === '/' ? 0 : Number(path.slice(2));
      return Number.isNaN(n) ? undefined : html([[`/d${n + 1}`, 'Next']]);
    });
    const r = await crawlSite(`${O}/`, opts({ maxDepth: 2 }), site.fetcher);
    expect(r.pages.map((p) => [p.url, p.depth])).toEqual([
      [`${O}/`, 0],
      [`${O}/d1`, 1],
      [`${O}/d2`, 2],
    ]);
    expect(site.pageRequests()).not.toContain(`${O}/d3`);
  });
});

describe('crawlSite: budget and concurrency', () => {
  const wide = (path: string) =>
    path === '/' ? html(Array.from({ length: 100 }, (_, i) => [`/p${i}`, `P${i}`] as [string, string])) : { body: html([]), delayMs: 10 };

  it('requests at most maxPages pages', async () => {
    const site = fakeSite(O, wide);
    const r = await crawlSite(`${O}/`, opts({ maxPages: 10, useSitemap: true }), site.fetcher);
    expect(site.pageRequests()).toHaveLength(10);
    expect(r.pages).toHaveLength(10);
    // robots.txt and sitemap.xml were requested but did not count.
    expect(site.requests).toContain(`${O}/robots.txt`);
    expect(site.requests).toContain(`${O}/sitemap.xml`);
  });

  it('keeps `concurrency` requests in flight, never more', async () => {
    const site = fakeSite(O, wide);
    await crawlSite(`${O}/`, opts({ maxPages: 30, concurrency: 3 }), site.fetcher);
    expect(site.maxInFlight()).toBe(3);
  });

  it('counts robots.txt and sitemaps against `concurrency` too, and asks for robots.txt alongside the start page', async () => {
    const site = fakeSite(O, (path) => (path === '/sitemap.xml' ? { contentType: 'application/xml', body: '<urlset></urlset>', delayMs: 10 } : wide(path)));
    await crawlSite(`${O}/`, opts({ maxPages: 13, concurrency: 2, useSitemap: true }), site.fetcher);
    expect(site.maxInFlight()).toBe(2);
    expect(site.requests.slice(0, 2).sort()).toEqual([`${O}/`, `${O}/robots.txt`]);
    expect(site.requests).toContain(`${O}/sitemap.xml`);
  });

  it('reports progress after each page and each page once', async () => {
    const site = fakeSite(O, wide);
    const progress: CrawlProgress[] = [];
    const seen: string[] = [];
    const r = await crawlSite(`${O}/`, opts({ maxPages: 5 }), site.fetcher, { onProgress: (p) => progress.push(p), onPage: (p) => seen.push(p.url) });
    expect(progress).toHaveLength(5);
    expect(progress.map((p) => p.pagesFetched)).toEqual([1, 2, 3, 4, 5]);
    expect(progress.every((p) => p.maxPages === 5)).toBe(true);
    expect(progress[0]).toMatchObject({ depth: 0, url: `${O}/` });
    expect(progress[1]!.queued).toBeGreaterThan(0);
    expect(seen.sort()).toEqual(r.pages.map((p) => p.url).sort());
  });

  it('stops when cancelled and says so', async () => {
    const site = fakeSite(O, wide);
    const signal = { aborted: false };
    let pages = 0;
    let requestsAtCancel = 0;
    const onPage = (): void => {
      if (++pages < 3 || signal.aborted) return;
      signal.aborted = true;
      requestsAtCancel = site.pageRequests().length;
    };
    const r = await crawlSite(`${O}/`, opts({ concurrency: 1 }), site.fetcher, { signal, onPage });
    expect(r.partialReason).toBe('cancelled');
    // No request starts after the cancel; the one already in flight (requests and analysis are
    // pipelined) is dropped, not analysed.
    expect(site.pageRequests()).toHaveLength(requestsAtCancel);
    expect(requestsAtCancel).toBeLessThanOrEqual(3 + 1);
    expect(r.pages).toHaveLength(3);
  });

  it('does nothing when cancelled before it starts', async () => {
    const site = fakeSite(O, wide);
    const r = await crawlSite(`${O}/`, opts(), site.fetcher, { signal: { aborted: true } });
    expect(r.partialReason).toBe('cancelled');
    expect(site.requests).toEqual([]);
  });
});

describe('crawlSite: best first across depths', () => {
  // A shop: the home page lists many products (no contact signal); About → Company → Corporate contacts.
  const shop = (products: number) => (path: string) => {
    const product = (i: number): [string, string] => [`/product/${i}`, `Widget ${i}`];
    if (path === '/') return html([['/about', 'About us', 'nav'], ...Array.from({ length: products }, (_, i) => product(i))]);
    if (path === '/about') return html([['/about/company', 'Company']]);
    if (path === '/about/company') return html([['/about/company/corporate-contacts', 'Corporate contacts']]);
    if (path === '/about/company/corporate-contacts') return html([]);
    const m = path.match(/^\/product\/(\d+)$/);
    return m ? html([product((Number(m[1]) + 1) % products)]) : undefined;
  };
  const depthOrder = (urls: string[]) => urls.map((u) => (u === `${O}/` ? 0 : u.includes('/product/') ? 1 : new URL(u).pathname.split('/').length - 1));

  it('reads a contact link three clicks down before the plain links one click down, and keeps its depth exact', async () => {
    const site = fakeSite(O, shop(30));
    const r = await crawlSite(`${O}/`, opts({ maxPages: 12, concurrency: 1 }), site.fetcher);
    expect(depthOf(r.pages, '/about/company/corporate-contacts')).toBe(3);
    const requested = site.pageRequests().map((u) => u.slice(O.length));
    expect(requested.length).toBeLessThanOrEqual(12);
    // Best first across depths: About → Company → Corporate contacts come before the products. A
    // worker asks for its next page while the last one is analysed, so a product slips in per click
    // (one more when the timers of a busy machine fire late): 30 products wait at depth 1.
    const contactsAt = requested.indexOf('/about/company/corporate-contacts');
    expect(contactsAt).toBeLessThanOrEqual(6);
    // The rest of the budget goes to the plain links, nearest first.
    const after = site.pageRequests().slice(contactsAt + 1);
    expect(depthOrder(after)).toEqual(Array(after.length).fill(1));
    expect(r.pages.find((p) => p.url.endsWith('/corporate-contacts'))?.pathText).toEqual(['About us', 'Company', 'Corporate contacts']);
    // Products were left unread at depth 1: depths are exact to 2, the third is the shortest path found.
    expect(r.depthsExactTo).toBe(2);
  });

  it('gives a page read through a long path its fewest clicks once a shorter link turns up', async () => {
    // /contact-team is found first under Support → Contact (3 clicks) and later on the plain page /x (2 clicks).
    const site = fakeSite(O, {
      '/': html([
        ['/support', 'Support'],
        ['/x', 'Widgets'],
      ]),
      '/support': html([['/support/contact', 'Contact']]),
      '/support/contact': html([['/contact-team', 'Contact the team']]),
      '/x': { body: html([['/contact-team', 'Our team']]), delayMs: 40 },
      '/contact-team': html([]),
    });
    const r = await crawlSite(`${O}/`, opts({ concurrency: 2 }), site.fetcher);
    const page = r.pages.find((p) => p.url === `${O}/contact-team`)!;
    // Read once, through Support → Contact before /x answered; /x then showed the shorter way.
    expect(site.requests.filter((u) => u === `${O}/contact-team`)).toHaveLength(1);
    expect(page).toMatchObject({ depth: 2, path: [`${O}/`, `${O}/x`, `${O}/contact-team`], pathText: ['Widgets', 'Our team'] });
    expect(r.depthsExactTo).toBeUndefined();
  });

  it('reads every page within the depth when asked for a whole crawl (no page or time limit)', async () => {
    const site = fakeSite(O, shop(300));
    const r = await crawlSite(`${O}/`, opts({ maxPages: 100_000, maxTimeMs: 0, maxDepth: 10 }), site.fetcher);
    expect(r.pages).toHaveLength(1 + 1 + 300 + 1 + 1);
    expect(r.depthsExactTo).toBeUndefined();
  });

  it('holds nothing back in the last layer, nor when the budget is not short', async () => {
    const last = fakeSite(O, shop(30));
    await crawlSite(`${O}/`, opts({ maxPages: 12, maxDepth: 1 }), last.fetcher);
    expect(last.pageRequests()).toHaveLength(12);

    const ample = fakeSite(O, shop(30));
    const r = await crawlSite(`${O}/`, opts({ maxPages: 1000 }), ample.fetcher);
    expect(r.pages).toHaveLength(1 + 1 + 30 + 1 + 1);
  });
});
