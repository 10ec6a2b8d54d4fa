// Issue #12, a report holds findings, not pages: what a crawl keeps per page, and what it holds at once.
import { describe, expect, it } from 'vitest';
import { linkTheScoresRead, runAudit } from '../../../src/core/audit.js';
import { ANALYSIS_BACKLOG } from '../../../src/core/crawl/crawl-frontier.js';
import { DEFAULT_CRAWL_OPTIONS, type CrawlOptions, type Fetcher } from '../../../src/core/crawl/crawl-types.js';
import { crawlSite } from '../../../src/core/crawl/crawler.js';
import { ownString } from '../../../src/core/crawl/own-string.js';
import { listFixtureSites, loadExpected } from '../../support/fixture-sites.js';
import { sitePages } from '../../support/site-files.js';
import { fakeSite, html, type FakePage } from './fake-fetcher.js';

const O = 'https://vendor.example';
const NOW = () => new Date('2025-01-01T00:00:00Z');

/** A fixture site (fixtures/<site>) as an in-memory site: the same pages, in a deterministic order. */
function fixtureFetcher(site: string): Fetcher {
  const pages: Record<string, FakePage> = {};
  for (const page of sitePages(site)) pages[page.path] = page.html;
  return fakeSite(O, pages).fetcher;
}

describe('the links a page keeps', () => {
  // The scores read some links (a contact link in the page frame, the imprint link); the paths come
  // from the crawl's link graph. A check that reads another link would fail here.
  it.each(listFixtureSites())('%s: the report is the same with every link kept', async (site) => {
    const expected = loadExpected(site);
    const options: Partial<CrawlOptions> = { ...expected.options, useSitemap: false };
    const audit = (keepLink?: () => boolean) =>
      runAudit({ startUrl: `${O}${expected.start}`, fetcher: fixtureFetcher(site), options, now: NOW, ...(keepLink ? { keepLink } : {}) });
    const [slim, whole] = await Promise.all([audit(), audit(() => true)]);
    expect(slim).toEqual(whole);
  });

  // Links to pages the budget left unread: the start page's "Kontakt", an "Impressum" one click below.
  const page = (nav: string, main = '') =>
    `<!doctype html><html lang="de"><head><title>Werkzeuge</title></head><body><nav>${nav}</nav><main>${main}</main></body></html>`;
  const german: Record<string, FakePage> = {
    '/': page('<a href="/produkte">Produkte</a> <a href="/ueber-uns">Über uns</a> <a href="/kontakt">Kontakt</a>'),
    '/ueber-uns': page('<a href="/produkte">Produkte</a>', '<a href="/ueber-uns/team">Team</a> <a href="/impressum">Impressum</a>'),
    '/ueber-uns/team': page('', '<p>Vertrieb: <a href="tel:+4930123456">030 123456</a></p>'),
    '/produkte': page('<a href="/ueber-uns">Über uns</a>'),
    '/kontakt': page('', '<p>Telefon <a href="tel:+4930123457">030 123457</a></p>'),
    '/impressum': page('', '<p>Werkzeug GmbH, Hauptstraße 1, 10115 Berlin</p>'),
  };
  it.each([{ maxDepth: 1 }, { maxPages: 1 }, { maxPages: 2 }, {}])('a German site with %j: the report is the same with every link kept', async (budget) => {
    const audit = (keepLink?: () => boolean) =>
      runAudit({
        startUrl: `${O}/`,
        fetcher: fakeSite(O, german).fetcher,
        options: { useSitemap: false, ...budget },
        now: NOW,
        ...(keepLink ? { keepLink } : {}),
      });
    const [slim, whole] = await Promise.all([audit(), audit(() => true)]);
    expect(slim).toEqual(whole);
  });

  it('keeps on each page only the links the scores read, and the click paths of all', async () => {
    const menu: [string, string, 'nav' | 'footer'][] = [
      ...Array.from({ length: 30 }, (_, i): [string, string, 'nav'] => [`/c${i}`, `Category ${i}`, 'nav']),
      ['/contact', 'Contact', 'footer'],
      ['/imprint', 'Legal notice', 'footer'],
    ];
    const site = fakeSite(O, (path) => (path === '/c7' ? html([...menu, ['/c7/deep', 'Deeper', 'nav']]) : html(menu)));
    const r = await crawlSite(`${O}/`, { ...DEFAULT_CRAWL_OPTIONS, useSitemap: false, maxPages: 100 }, site.fetcher, { keepLink: linkTheScoresRead });
    expect(r.pages).toHaveLength(34);
    for (const page of r.pages) expect(page.analysis.links.map((l) => l.text)).toEqual(['Contact', 'Legal notice']);
    const deep = r.pages.find((p) => p.url === `${O}/c7/deep`);
    expect(deep).toMatchObject({ depth: 2, pathText: ['Category 7', 'Deeper'] });
  });
});

describe('the pages got and not yet analysed', () => {
  it(`stay under ${ANALYSIS_BACKLOG.pages} when the network outruns the analysis`, async () => {
    // 300 pages known at once, answered at once, each slower to analyse than to get: without the
    // bound most of them waited for analysis at once.
    const prose = `<p>${'Cordless drill, 18 V, two batteries. '.repeat(500)}</p>`;
    const site = fakeSite(O, (path) =>
      path === '/' ? html(Array.from({ length: 300 }, (_, i): [string, string] => [`/p${i}`, `Product ${i}`])) : { body: html([], prose), delayMs: 0 },
    );
    let got = 0;
    let analysed = 0;
    let most = 0;
    const fetcher: Fetcher = async (url, opts) => {
      const res = await site.fetcher(url, opts);
      most = Math.max(most, ++got - analysed);
      return res;
    };
    const options = { ...DEFAULT_CRAWL_OPTIONS, useSitemap: false, respectRobots: false, maxPages: 400, concurrency: 8 };
    const r = await crawlSite(`${O}/`, options, fetcher, { onProgress: () => void analysed++ });
    expect(r.pages).toHaveLength(301);
    // Each worker checks the bound before its request: up to `concurrency` more land at once. Unbounded: 260.
    expect(most).toBeLessThanOrEqual(ANALYSIS_BACKLOG.pages + options.concurrency);
    expect(most).toBeLessThan(100);
  });
});

describe('ownString', () => {
  it('returns the same text', () => {
    const body = `<p>${'x'.repeat(100_000)}</p><a>Contact customer support</a>`;
    const text = body.slice(body.indexOf('<a>') + 3, body.indexOf('</a>'));
    expect(ownString(text)).toBe('Contact customer support');
    expect(ownString('Contact')).toBe('Contact');
    expect(ownString('')).toBe('');
  });
});
