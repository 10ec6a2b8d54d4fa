import { describe, expect, it, vi } from 'vitest';

// The crawler's contract with analyzePage, observed without depending on how countries are inferred.
const analyzeCalls: { url: string; opts: unknown }[] = [];
vi.mock('../../../src/core/analyze-page.js', () => ({
  analyzePage: (url: string, body: string, o: { country?: string; siteCountry?: string }) => {
    analyzeCalls.push({ url, opts: { country: o.country, siteCountry: o.siteCountry } });
    if (body.includes('PARSER_CHOKES')) throw new RangeError('Maximum call stack size exceeded');
    const links = [...body.matchAll(/href="([^"]+)">([^<]*)</g)].map((m) => ({
      url: new URL(m[1]!, url).href.replace(/\/$/, ''),
      text: m[2]!,
      region: 'main',
    }));
    const fixed = body.match(/name="test-country" content="(\w+)"/)?.[1];
    const extractorErrors = body.includes('EXTRACTOR_FAILS') ? ['phone: boom'] : [];
    return { url, title: '', lang: '', country: o.country ?? fixed ?? o.siteCountry, findings: [], links, extractorErrors };
  },
}));
import { DEFAULT_CRAWL_OPTIONS, FetchFailure, type CrawlOptions } from '../../../src/core/crawl/crawl-types.js';
import { crawlSite } from '../../../src/core/crawl/crawler.js';
import { fakeSite, html } from './fake-fetcher.js';

const O = 'https://vendor.example';
const opts = (o: Partial<CrawlOptions> = {}): CrawlOptions => ({ ...DEFAULT_CRAWL_OPTIONS, useSitemap: false, ...o });

describe('crawlSite: errors', () => {
  it('records each failure with its kind and goes on', async () => {
    const site = fakeSite(O, {
      '/': html([
        ['/missing', 'Missing'],
        ['/broken', 'Broken'],
        ['/slow', 'Slow'],
        ['/reset', 'Reset'],
        ['/file', 'File'],
        ['/huge', 'Huge'],
        ['/ok', 'OK'],
      ]),
      '/broken': { status: 500 },
      '/slow': { fail: new FetchFailure('timeout after 10000 ms', 'timeout') },
      '/reset': { fail: new FetchFailure('connection reset', 'network') },
      '/file': { body: '', contentType: 'application/pdf' },
      '/huge': { body: html([['/from-huge', 'More']]), truncated: true },
      '/ok': html([]),
      '/from-huge': html([]),
    });
    const r = await crawlSite(`${O}/`, opts(), site.fetcher);
    const kinds = Object.fromEntries(r.errors.map((e) => [new URL(e.url).pathname, [e.kind, e.status]]));
    expect(kinds).toEqual({
      '/missing': ['http', 404],
      '/broken': ['http', 500],
      '/slow': ['timeout', undefined],
      '/reset': ['network', undefined],
      '/file': ['not-html', 200],
      '/huge': ['too-large', 200],
    });
    // A truncated page is still analysed (its first part), and the crawl went on past every failure.
    expect(r.pages.map((p) => new URL(p.url).pathname)).toEqual(['/', '/huge', '/ok', '/from-huge']);
    expect(r.partialReason).toBeUndefined();
  });

  it('returns a partial result when the start page fails', async () => {
    const down = await crawlSite(`${O}/`, opts(), fakeSite(O, { '/': { status: 503 } }).fetcher);
    expect(down.partialReason).toBe('start page unreachable: HTTP 503');
    expect(down.pages).toEqual([]);
    expect(down.site).toBe(O);
    expect(down.errors).toEqual([{ url: `${O}/`, kind: 'http', status: 503, message: 'HTTP 503' }]);

    const refused = await crawlSite(`${O}/`, opts(), fakeSite(O, { '/': { fail: new FetchFailure('ECONNREFUSED', 'network') } }).fetcher);
    expect(refused.partialReason).toBe('start page unreachable: ECONNREFUSED');

    const away = await crawlSite(`${O}/`, opts(), fakeSite(O, { '/': { redirect: 'https://parked.example/' } }).fetcher);
    expect(away.partialReason).toMatch(/^start page unreachable: redirects to https:\/\/parked\.example\//);

    const bad = await crawlSite('not a url', opts(), fakeSite(O, {}).fetcher);
    expect(bad.partialReason).toMatch(/^start page unreachable/);
  });

  it('survives a fetcher that throws something unexpected', async () => {
    const site = fakeSite(O, {
      '/': html([
        ['/weird', 'Weird'],
        ['/ok', 'OK'],
      ]),
      '/ok': html([]),
    });
    const r = await crawlSite(`${O}/`, opts(), async (url, o) => {
      if (url.endsWith('/weird')) throw new TypeError('boom');
      return site.fetcher(url, o);
    });
    expect(r.errors).toContainEqual({ url: `${O}/weird`, kind: 'other', message: 'boom' });
    expect(r.pages.map((p) => p.url)).toContain(`${O}/ok`);
  });
});

describe('crawlSite: analysis failures', () => {
  it('records a page the analysis throws on, and an extractor that failed, and goes on', async () => {
    const site = fakeSite(O, {
      '/': html([
        ['/deep-nesting', 'Deep'],
        ['/odd', 'Odd'],
        ['/ok', 'OK'],
      ]),
      '/deep-nesting': '<div>PARSER_CHOKES</div>',
      '/odd': '<p>EXTRACTOR_FAILS</p>',
      '/ok': html([]),
    });
    const r = await crawlSite(`${O}/`, opts({ concurrency: 1 }), site.fetcher);
    expect(r.errors).toEqual([
      { url: `${O}/deep-nesting`, kind: 'parse', message: 'analysis failed: Maximum call stack size exceeded' },
      { url: `${O}/odd`, kind: 'parse', message: 'phone: boom' },
    ]);
    expect(r.pages.map((p) => p.url)).toEqual([`${O}/`, `${O}/odd`, `${O}/ok`]);
    expect(r.pages.every((p) => !('extractorErrors' in p.analysis))).toBe(true);
  });
});

describe('crawlSite: country', () => {
  it('analyses the start page with options.country and later pages with siteCountry too', async () => {
    const site = fakeSite(O, { '/': html([['/a', 'A']]), '/a': html([]) });
    analyzeCalls.length = 0;
    const r = await crawlSite(`${O}/`, opts({ country: 'AT' }), site.fetcher);
    expect(r.country).toBe('AT');
    expect(analyzeCalls).toEqual([
      { url: `${O}/`, opts: { country: 'AT', siteCountry: undefined } },
      { url: `${O}/a`, opts: { country: 'AT', siteCountry: 'AT' } },
    ]);
  });

  it("passes the start page's inferred country as siteCountry", async () => {
    const site = fakeSite(O, { '/': html([['/a', 'A']], '<meta name="test-country" content="CH">'), '/a': html([]) });
    analyzeCalls.length = 0;
    const r = await crawlSite(`${O}/`, opts(), site.fetcher);
    expect(r.country).toBe('CH');
    expect(analyzeCalls[1]).toEqual({ url: `${O}/a`, opts: { country: undefined, siteCountry: 'CH' } });
  });
});

describe('crawlSite: trailing slashes', () => {
  it('asks for /a/ when /a is missing, since normalising dropped the slash', async () => {
    const site = fakeSite(O, {
      '/': html([
        ['/de/', 'Deutsch'],
        ['/gone', 'Gone'],
        ['/file.html', 'File'],
      ]),
      '/de/': html([]),
    });
    const r = await crawlSite(`${O}/`, opts({ concurrency: 1 }), site.fetcher);
    expect(r.pages.map((p) => p.url)).toEqual([`${O}/`, `${O}/de/`]);
    expect(site.pageRequests()).toEqual([`${O}/`, `${O}/de`, `${O}/de/`, `${O}/gone`, `${O}/gone/`, `${O}/file.html`]);
    expect(r.errors.map((e) => [e.url, e.status])).toEqual([
      [`${O}/gone`, 404],
      [`${O}/file.html`, 404],
    ]);
  });
});
