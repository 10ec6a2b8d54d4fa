// Crawl traps on a live 127.0.0.1 site, audited through runAudit and the Node fetcher: endless
// URL spaces are cut, loops and off-site redirects are recorded and not followed, and in every
// case the audit still ends with a report and the real contact page found.
import { afterEach, describe, expect, it } from 'vitest';
import { TRAP_LIMITS } from '../../src/core/crawl/crawl-trap.js';
import { audit, errorsByPath, explain, findingValues, pathOf } from './support/audit.js';
import { CONTACT_EMAIL, CONTACT_PAGE, CONTACT_PHONE, links, page } from './support/pages.js';
import { htmlRoute, redirectRoute, startCanary, startServer, type HostileServer } from './support/server.js';

const servers: HostileServer[] = [];
async function serve(...args: Parameters<typeof startServer>): Promise<HostileServer> {
  const s = await startServer(...args);
  servers.push(s);
  return s;
}
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

const pagePaths = (s: HostileServer) => s.paths().filter((p) => p !== '/robots.txt');
const nextDay = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10);

describe('crawl traps', () => {
  it('cuts an endless calendar after a few dates and still finds the contact page', async () => {
    const site = await serve({
      routes: {
        '/': htmlRoute(
          page({
            nav: links([
              ['/events/2024/01/01', 'Events'],
              ['/calendar?date=2024-01-01', 'Calendar'],
              ['/contact', 'Contact'],
            ]),
          }),
        ),
        '/contact': htmlRoute(CONTACT_PAGE),
      },
      fallback: (_req, res, url) => {
        const path = url.pathname.match(/^\/events\/(\d{4})\/(\d\d)\/(\d\d)$/);
        const q = url.pathname === '/calendar' ? url.searchParams.get('date')?.match(/^(\d{4})-(\d\d)-(\d\d)$/) : undefined;
        const m = path ?? q;
        if (!m) return void res.writeHead(404).end();
        const next = nextDay(Number(m[1]), Number(m[2]), Number(m[3]));
        const href = path ? `/events/${next.replace(/-/g, '/')}` : `/calendar?date=${next}`;
        const week = `${href}${path ? '?' : '&'}view=week`;
        res.writeHead(200, { 'content-type': 'text/html' }).end(
          page({
            main: links([
              [href, 'Next day »'],
              [week, 'Week'],
            ]),
          }),
        );
      },
    });
    const report = await audit(`${site.origin}/`, { maxDepth: 30, maxPages: 100 });
    const requested = pagePaths(site);
    // Two templates per calendar (day view, week view), a few dates each.
    expect(requested.filter((p) => p.startsWith('/events/')).length, explain(report, requested)).toBeLessThanOrEqual(
      2 * TRAP_LIMITS.maxDateVariantsPerTemplate,
    );
    expect(requested.filter((p) => p.startsWith('/calendar')).length, explain(report, requested)).toBeLessThanOrEqual(
      2 * TRAP_LIMITS.maxDateVariantsPerTemplate,
    );
    expect(report.crawl.skipped.some((s) => /calendar/.test(s.reason))).toBe(true);
    expect(report.partial).toBe(false);
    expect(findingValues(report)).toEqual(expect.arrayContaining([CONTACT_PHONE, CONTACT_EMAIL]));
  });

  it('stops endless pagination (query and path) past page 3', async () => {
    const site = await serve({
      routes: {
        '/': htmlRoute(
          page({
            nav: links([
              ['/blog?page=1', 'Blog'],
              ['/news/page/1', 'News'],
              ['/contact', 'Contact'],
            ]),
          }),
        ),
        '/contact': htmlRoute(CONTACT_PAGE),
      },
      fallback: (_req, res, url) => {
        const q = url.pathname === '/blog' ? Number(url.searchParams.get('page')) : NaN;
        const p = Number(url.pathname.match(/^\/news\/page\/(\d+)$/)?.[1] ?? NaN);
        if (Number.isNaN(q) && Number.isNaN(p)) return void res.writeHead(404).end();
        const next = Number.isNaN(q) ? `/news/page/${p + 1}` : `/blog?page=${q + 1}`;
        res.writeHead(200, { 'content-type': 'text/html' }).end(page({ main: links([[next, 'Older posts']]) }));
      },
    });
    const report = await audit(`${site.origin}/`, { maxDepth: 30, maxPages: 100 });
    const pageNumbers = pagePaths(site).map((p) => Number(p.match(/page[=/](\d+)/)?.[1] ?? 0));
    expect(Math.max(...pageNumbers), explain(report, site.paths())).toBeLessThanOrEqual(TRAP_LIMITS.maxPageNumber);
    expect(report.crawl.skipped.filter((s) => /pagination/.test(s.reason)).length).toBe(2);
    expect(findingValues(report)).toEqual(expect.arrayContaining([CONTACT_PHONE, CONTACT_EMAIL]));
  });

  it('bounds parameters that mint a new URL on every page, and folds tracking parameters away', async () => {
    let minted = 0;
    const site = await serve({
      routes: {
        '/': htmlRoute(
          page({
            nav: links([
              ['/products?ref=0', 'Products'],
              ['/contact?utm_source=home&utm_medium=nav', 'Contact'],
              ['/contact?gclid=abc', 'Contact us'],
              ['/contact?fbclid=xyz#top', 'Get in touch'],
            ]),
          }),
        ),
        '/contact': htmlRoute(CONTACT_PAGE),
        '/products': (_req, res) => {
          const ids = [++minted, ++minted, ++minted];
          res.writeHead(200, { 'content-type': 'text/html' }).end(page({ main: links(ids.map((n) => [`/products?ref=${n}&ts=${Date.now()}`, `Item ${n}`])) }));
        },
      },
    });
    const report = await audit(`${site.origin}/`, { maxDepth: 30, maxPages: 200 });
    const requested = pagePaths(site);
    expect(requested.filter((p) => p.startsWith('/products')).length, explain(report, requested)).toBeLessThanOrEqual(TRAP_LIMITS.maxQueryVariantsPerPath);
    expect(requested.filter((p) => p.startsWith('/contact'))).toEqual(['/contact']);
    expect(report.crawl.skipped.some((s) => /query variants/.test(s.reason))).toBe(true);
    expect(findingValues(report)).toEqual(expect.arrayContaining([CONTACT_PHONE, CONTACT_EMAIL]));
  });

  it('drops session ids in paths and queries, so each page is requested once', async () => {
    let session = 0;
    // Every page hands out links carrying a fresh session id, in the three common spellings.
    const sessionPage = () => {
      const id = `S${++session}X${'a'.repeat(8)}`;
      return page({
        nav: links([
          [`/about;jsessionid=${id}`, 'About'],
          [`/(S(${id.toLowerCase()}))/contact`, 'Contact'],
          [`/team?PHPSESSID=${id}`, 'Team'],
          [`/;jsessionid=${id}`, 'Home'],
        ]),
      });
    };
    const site = await serve({
      routes: {
        '/': (_q, res) => void res.writeHead(200, { 'content-type': 'text/html' }).end(sessionPage()),
        '/about': (_q, res) => void res.writeHead(200, { 'content-type': 'text/html' }).end(sessionPage()),
        '/team': (_q, res) => void res.writeHead(200, { 'content-type': 'text/html' }).end(sessionPage()),
        '/contact': htmlRoute(CONTACT_PAGE),
      },
    });
    const report = await audit(`${site.origin}/`, { maxDepth: 10, maxPages: 100 });
    const requested = pagePaths(site);
    expect([...requested].sort(), explain(report, requested)).toEqual(['/', '/about', '/contact', '/team']);
    expect(findingValues(report)).toEqual(expect.arrayContaining([CONTACT_PHONE, CONTACT_EMAIL]));
  });

  it('keeps a session token minted as a plain path segment within the page budget', async () => {
    let n = 0;
    const site = await serve({
      routes: {
        '/': htmlRoute(
          page({
            nav: links([
              [`/s/${(++n).toString(36)}tok/home`, 'Shop'],
              ['/contact', 'Contact'],
            ]),
          }),
        ),
        '/contact': htmlRoute(CONTACT_PAGE),
      },
      fallback: (_q, res) =>
        void res.writeHead(200, { 'content-type': 'text/html' }).end(
          page({
            nav: links([
              [`/s/${(++n).toString(36)}tok/home`, 'Shop'],
              [`/s/${(++n).toString(36)}tok/deals`, 'Deals'],
            ]),
          }),
        ),
    });
    const started = Date.now();
    const report = await audit(`${site.origin}/`, { maxDepth: 50, maxPages: 25 });
    expect(pagePaths(site).length).toBeLessThanOrEqual(25);
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(report.crawl.pagesFetched).toBeLessThanOrEqual(25);
    expect(findingValues(report)).toEqual(expect.arrayContaining([CONTACT_PHONE, CONTACT_EMAIL]));
  });

  it('records redirect loops and endless redirect chains, and goes on', async () => {
    const site = await serve({
      routes: {
        '/': htmlRoute(
          page({
            nav: links([
              ['/loop-a', 'Loop'],
              ['/self', 'Self'],
              ['/chain', 'Chain'],
              ['/contact', 'Contact'],
            ]),
          }),
        ),
        '/loop-a': redirectRoute('/loop-b'),
        '/loop-b': redirectRoute('/loop-a', 301),
        '/self': redirectRoute('/self', 307),
        '/chain': (_q, res, url) => void res.writeHead(302, { location: `/chain?n=${Number(url.searchParams.get('n') ?? 0) + 1}` }).end(),
        '/contact': htmlRoute(CONTACT_PAGE),
      },
    });
    const report = await audit(`${site.origin}/`);
    const errors = errorsByPath(report);
    expect(errors, explain(report, site.paths())).toMatchObject({ '/loop-a': { kind: 'other' }, '/self': { kind: 'other' }, '/chain': { kind: 'other' } });
    const messages = report.crawl.errors.map((e) => e.message).join('\n');
    expect(messages).toMatch(/redirect loop/);
    expect(messages).toMatch(/more than \d+ redirects/);
    // Bounded: a loop is noticed on its first repeat, a chain after the redirect limit.
    expect(site.paths().filter((p) => p.startsWith('/chain')).length).toBeLessThanOrEqual(6);
    expect(site.paths().filter((p) => p.startsWith('/loop')).length).toBeLessThanOrEqual(4);
    expect(site.paths().filter((p) => p === '/self').length).toBeLessThanOrEqual(2);
    expect(findingValues(report)).toEqual(expect.arrayContaining([CONTACT_PHONE, CONTACT_EMAIL]));
  });

  it('records a redirect to another site as redirect-off-site and never requests that site', async () => {
    const other = await startCanary();
    servers.push(other);
    const site = await serve({
      routes: {
        '/': htmlRoute(
          page({
            nav: links([
              ['/partner', 'Our partner'],
              ['/moved', 'Old page'],
              ['/contact', 'Contact'],
            ]),
          }),
        ),
        '/partner': redirectRoute(`${other.origin}/landing`),
        '/moved': redirectRoute(`${other.origin}/contact`, 301),
        '/contact': htmlRoute(CONTACT_PAGE),
      },
    });
    const report = await audit(`${site.origin}/`);
    expect(errorsByPath(report), explain(report, site.paths())).toMatchObject({
      '/partner': { kind: 'redirect-off-site', status: 302 },
      '/moved': { kind: 'redirect-off-site', status: 301 },
    });
    expect(report.crawl.errors.find((e) => pathOf(e.url) === '/partner')?.message).toContain(other.origin);
    expect(other.connections()).toBe(0);
    expect(findingValues(report)).toEqual(expect.arrayContaining([CONTACT_PHONE, CONTACT_EMAIL]));
  });

  it('never follows a redirect to a javascript:, data:, file: or ftp: URL, and records it', async () => {
    const targets = {
      '/js': 'javascript:alert(1)',
      '/data': 'data:text/html,<script>alert(1)</script>',
      '/file': 'file:///etc/passwd',
      '/ftp': 'ftp://127.0.0.1/pub',
    };
    const site = await serve({
      routes: {
        '/': htmlRoute(page({ nav: links([...Object.keys(targets).map((p): [string, string] => [p, p]), ['/contact', 'Contact']]) })),
        '/contact': htmlRoute(CONTACT_PAGE),
        ...Object.fromEntries(Object.entries(targets).map(([p, to]) => [p, redirectRoute(to)])),
      },
    });
    const report = await audit(`${site.origin}/`);
    for (const p of Object.keys(targets)) expect(errorsByPath(report)[p], explain(report)).toEqual({ kind: 'redirect-off-site', status: 302 });
    expect(findingValues(report)).toEqual(expect.arrayContaining([CONTACT_PHONE, CONTACT_EMAIL]));
  });

  it('reports a start page that redirects to another site as partial, without following it', async () => {
    const other = await startCanary();
    servers.push(other);
    const site = await serve({ routes: { '/': redirectRoute(`${other.origin}/`, 301) } });
    const report = await audit(`${site.origin}/`);
    expect(report.partial).toBe(true);
    expect(report.partialReason).toMatch(/^start page unreachable: redirects to http:\/\/127\.0\.0\.1:\d+\//);
    expect(report.crawl.errors).toEqual([expect.objectContaining({ kind: 'redirect-off-site', status: 301 })]);
    expect(other.connections()).toBe(0);
  });

  it('follows a <meta refresh> on the site at the same depth, and none to another site or a script', async () => {
    const other = await startCanary();
    servers.push(other);
    const site = await serve({
      routes: {
        '/': htmlRoute(
          page({
            head: `<meta http-equiv="Refresh" content="0; URL='/welcome'">`,
            nav: links([
              ['/r1', 'Loop'],
              ['/away', 'Away'],
              ['/js', 'Script'],
            ]),
          }),
        ),
        '/welcome': htmlRoute(CONTACT_PAGE),
        '/r1': htmlRoute(page({ head: '<meta http-equiv="refresh" content="1;url=/r2">' })),
        '/r2': htmlRoute(page({ head: '<meta http-equiv="refresh" content="1;url=/r1">' })),
        '/away': htmlRoute(page({ head: `<meta http-equiv="refresh" content="0;url=${other.origin}/">` })),
        '/js': htmlRoute(page({ head: `<meta http-equiv="refresh" content="0;url=javascript:fetch('${other.origin}/js')">` })),
      },
    });
    const report = await audit(`${site.origin}/`);
    const phone = report.findings.find((f) => f.value === CONTACT_PHONE);
    expect(phone?.depth, explain(report, site.paths())).toBe(0);
    expect(phone?.pathText).toEqual(['(automatic redirect)']);
    expect(
      site
        .paths()
        .filter((p) => p === '/r1' || p === '/r2')
        .sort(),
    ).toEqual(['/r1', '/r2']);
    expect(report.crawl.skipped).toContainEqual({ url: `${other.origin}/`, reason: 'off-site' });
    expect(other.connections()).toBe(0);
  });

  it('reads a 3 MB robots.txt only up to 500 KiB (RFC 9309 §2.5), so checking 2,000 links against it stays fast', async () => {
    // 100,000 wildcard rules, then (past 500 KiB) one that would hide the contact page.
    const rules = Array.from({ length: 100_000 }, (_, i) => `Disallow: /private-${i}/*/x$`);
    const robots = ['User-agent: *', ...rules, 'Disallow: /contact'].join('\n');
    const site = await serve({
      routes: {
        '/robots.txt': (_q, res) => void res.writeHead(200, { 'content-type': 'text/plain' }).end(robots),
        '/': htmlRoute(
          page({ nav: links([['/contact', 'Contact']]), main: Array.from({ length: 2_000 }, (_, i) => `<a href="/p${i}">Product ${i}</a>`).join('') }),
        ),
        '/contact': htmlRoute(CONTACT_PAGE),
      },
      fallback: htmlRoute(page({ main: '<p>Product</p>' })),
    });
    const started = Date.now();
    const report = await audit(`${site.origin}/`, { maxDepth: 1, maxPages: 10 });
    // Unbounded, each link costs milliseconds per check against 100,000 rules: ~25 s here.
    expect(Date.now() - started).toBeLessThan(12_000);
    expect(report.crawl.errors).toContainEqual(expect.objectContaining({ kind: 'robots', message: expect.stringMatching(/larger than \d+ bytes/) }));
    expect(findingValues(report), explain(report)).toContain(CONTACT_PHONE);
  }, 60_000);

  it('bounds a sitemap index of 1,000 sitemaps listing 3,000 contact-like pages each', async () => {
    const xml = (body: string) => `<?xml version="1.0" encoding="UTF-8"?>${body}`;
    const index = xml(
      `<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${Array.from({ length: 1_000 }, (_, i) => `<sitemap><loc>{{origin}}/sitemap-${i}.xml</loc></sitemap>`).join('')}</sitemapindex>`,
    );
    const child = (n: string) =>
      xml(
        `<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${Array.from({ length: 3_000 }, (_, i) => `<url><loc>{{origin}}/contact-${n}-${i}</loc></url>`).join('')}</urlset>`,
      );
    const site = await serve({
      routes: {
        '/': htmlRoute(page({ nav: links([['/contact', 'Contact']]) })),
        '/contact': htmlRoute(CONTACT_PAGE),
        '/sitemap.xml': (req, res) =>
          void res.writeHead(200, { 'content-type': 'application/xml' }).end(index.replaceAll('{{origin}}', `http://${req.headers.host}`)),
      },
      fallback: (req, res, url) => {
        const m = url.pathname.match(/^\/sitemap-(\d+)\.xml$/);
        if (m) return void res.writeHead(200, { 'content-type': 'application/xml' }).end(child(m[1]!).replaceAll('{{origin}}', `http://${req.headers.host}`));
        res.writeHead(200, { 'content-type': 'text/html' }).end(page({ title: 'Contact', main: '<p>Contact page</p>' }));
      },
    });
    const started = Date.now();
    const report = await audit(`${site.origin}/`, { useSitemap: true, maxPages: 30 });
    const sitemapsRead = site.paths().filter((p) => /sitemap/.test(p));
    expect(sitemapsRead.length, sitemapsRead.join(' ')).toBeLessThanOrEqual(10);
    expect(report.crawl.sitemapOnly.length).toBeLessThanOrEqual(20);
    expect(site.paths().filter((p) => p.startsWith('/contact-')).length).toBeLessThanOrEqual(30);
    expect(Date.now() - started).toBeLessThan(20_000);
    expect(findingValues(report)).toEqual(expect.arrayContaining([CONTACT_PHONE, CONTACT_EMAIL]));
  }, 60_000);

  it('survives a soft 404 (200 "page not found" for any path) whose relative links stack path segments', async () => {
    const soft404 = page({
      title: 'Page not found',
      main:
        '<h1>Oops! Page not found</h1><p>Error reference 2024-0512-7781-0042.</p>' +
        links([
          ['contact/', 'Contact'],
          ['home/', 'Home'],
          ['./search/?q=x', 'Search'],
        ]),
    });
    const site = await serve({
      routes: {
        '/': htmlRoute(
          page({
            nav: links([
              ['/contact-us', 'Contact us'],
              ['/nothing-here/', 'Gone'],
            ]),
          }),
        ),
        '/contact-us': htmlRoute(CONTACT_PAGE),
      },
      fallback: htmlRoute(soft404),
    });
    const report = await audit(`${site.origin}/`, { maxDepth: 20, maxPages: 60 });
    const requested = pagePaths(site);
    expect(report.partial).toBe(false);
    expect(requested.length).toBeLessThanOrEqual(60);
    // No request repeats a path segment more than the loop guard allows.
    for (const p of requested) {
      const segments = new URL(p, site.origin).pathname.split('/').filter(Boolean);
      const most = Math.max(0, ...segments.map((s) => segments.filter((x) => x === s).length));
      expect(most, p).toBeLessThanOrEqual(TRAP_LIMITS.maxSegmentRepeats);
    }
    // The error reference on the soft 404 is not mistaken for a phone.
    expect(findingValues(report, 'phone')).toEqual([CONTACT_PHONE]);
  });
});
