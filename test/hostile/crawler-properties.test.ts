// The whole audit (crawl, analysis, scoring, report schema) on random hostile sites, generated
// by fast-check and served from memory: whatever the site does, runAudit resolves with a valid
// report, stays within its budget, and never requests another site or a state-changing link.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runAudit } from '../../src/core/audit.js';
import { FetchFailure, type FetchOptions, type FetchResult, type Fetcher } from '../../src/core/crawl/crawl-types.js';
import { stateChangingReason } from '../../src/core/crawl/state-changing-link.js';
import { ReportSchema } from '../../src/core/report/schema.js';
import { payloads } from './support/payloads.js';

const ORIGIN = 'https://vendor.example';
const OTHER = 'https://other.example';

type Behaviour =
  | { kind: 'page'; links: [string, string][]; text: string; refresh?: string }
  | { kind: 'status'; status: number }
  | { kind: 'redirect'; to: string }
  | { kind: 'fail'; failure: 'network' | 'timeout' | 'too-large' | 'other' }
  | { kind: 'binary' }
  | { kind: 'truncated'; links: [string, string][] };

const p = payloads(OTHER);
/** Hrefs a hostile page links to: traps, actions, other sites, junk. `{n}` is replaced by a counter. */
const HREFS = [
  '/contact',
  '/kontakt',
  '/about',
  '/impressum',
  '/p/{n}',
  '/p/{n}/',
  'p/{n}',
  '../x/{n}',
  './a/',
  'a/a/',
  '/events/2024/01/{d}',
  '/cal?date=2024-02-{d}',
  '/list?page={n}',
  '/list/page/{n}',
  '/shop?color={n}&size={n}',
  '/;jsessionid={n}',
  '/(S(s{n}))/home',
  '/contact?utm_source={n}',
  '/logout',
  '/account/delete',
  '/cart/add/{n}',
  '/newsletter/unsubscribe',
  '/buy-now/{n}',
  '/?add-to-cart={n}',
  '/my-account/customer-logout/',
  `${OTHER}/`,
  `${OTHER}/contact`,
  '//other.example/x',
  'http://www.vendor.example/twin',
  'javascript:alert(1)',
  'data:text/html,x',
  'mailto:a@vendor.example',
  'tel:+12025550143',
  '/file.pdf',
  '/big.zip',
  '/wp-admin/',
  '/cdn-cgi/l/email-protection',
  `/${'x'.repeat(2100)}`,
  '#top',
  '',
  ' ',
  '%',
  '/%zz',
  'http://[::1',
];
const TEXTS = [
  'Contact',
  'Kontakt',
  'Log out',
  'Abmelden',
  'Delete account',
  'Add to cart',
  'Unsubscribe',
  'Next',
  'Impressum',
  '',
  p.script,
  p.bidi,
  'Support',
];
const BODY_TEXTS = ['Call sales on +1 (202) 555-0143.', 'support@vendor.example', 'Königstraße 12, 70173 Stuttgart', p.img, p.longWord, '', 'Fax 030 1234599'];

const link = fc
  .tuple(fc.constantFrom(...HREFS), fc.nat(40), fc.nat(28), fc.constantFrom(...TEXTS))
  .map(([h, n, d, t]): [string, string] => [h.replace(/\{n\}/g, String(n)).replace(/\{d\}/g, String(d + 1).padStart(2, '0')), t]);
const behaviour: fc.Arbitrary<Behaviour> = fc.oneof(
  {
    weight: 8,
    arbitrary: fc.record({
      kind: fc.constant('page' as const),
      links: fc.array(link, { maxLength: 12 }),
      text: fc.constantFrom(...BODY_TEXTS),
      refresh: fc.option(fc.constantFrom(...HREFS.slice(0, 20), `${OTHER}/r`, '/logout'), { nil: undefined }),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('status' as const), status: fc.constantFrom(204, 301, 400, 404, 410, 429, 500, 503) }) },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('redirect' as const),
      to: fc.constantFrom('/contact', '/loop', `${OTHER}/x`, '/logout', '/account/delete', 'javascript:alert(1)', '/p/1'),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('fail' as const),
      failure: fc.constantFrom('network' as const, 'timeout' as const, 'too-large' as const, 'other' as const),
    }),
  },
  { weight: 1, arbitrary: fc.constant({ kind: 'binary' as const }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('truncated' as const), links: fc.array(link, { maxLength: 6 }) }) },
);

/** A site: the start page, plus behaviours assigned to paths by a hash, so any URL has one. */
const site = fc.record({
  home: fc.array(link, { minLength: 1, maxLength: 15 }),
  behaviours: fc.array(behaviour, { minLength: 1, maxLength: 12 }),
  robots: fc.constantFrom('', 'User-agent: *\nDisallow: /p/\n', 'User-agent: *\nDisallow: /\n', '\u0000\u0001garbage'),
});

const pageHtml = (links: [string, string][], text: string, refresh?: string) =>
  `<!doctype html><html lang="en"><head><title>t</title>${refresh ? `<meta http-equiv="refresh" content="0;url=${refresh}">` : ''}</head><body><nav>${links
    .map(([h, t]) => `<a href="${h.replace(/"/g, '&quot;')}">${t.replace(/</g, '&lt;')}</a>`)
    .join('')}</nav><main><p>${text.replace(/</g, '&lt;')}</p></main></body></html>`;

function hash(s: string): number {
  let h = 7;
  for (const c of s) h = (h * 31 + c.charCodeAt(0)) >>> 0;
  return h;
}

/** An in-memory site with the Node fetcher's contract; every request, redirect hops included, is logged. */
function fetcherFor(s: { home: [string, string][]; behaviours: Behaviour[]; robots: string }, requested: string[], calls: string[]): Fetcher {
  return async (url: string, opts: FetchOptions): Promise<FetchResult> => {
    calls.push(url);
    requested.push(url);
    const u = new URL(url);
    if (!opts.allowedOrigins.includes(u.origin)) throw new Error(`fetcher asked for another site: ${url}`);
    const base = { requestedUrl: url, url, truncated: false };
    if (u.pathname === '/robots.txt') return { ...base, status: s.robots ? 200 : 404, contentType: 'text/plain', body: s.robots };
    if (u.pathname.endsWith('.xml')) return { ...base, status: 404, contentType: 'text/html', body: '' };
    if (u.pathname === '/' && !u.search) return { ...base, status: 200, contentType: 'text/html', body: pageHtml(s.home, 'Welcome. Call +1 (202) 555-0100.') };
    const b = s.behaviours[hash(u.pathname + u.search) % s.behaviours.length]!;
    switch (b.kind) {
      case 'page':
        return { ...base, status: 200, contentType: 'text/html', body: pageHtml(b.links, b.text, b.refresh) };
      case 'truncated':
        return { ...base, status: 200, contentType: 'text/html', body: pageHtml(b.links, 'cut').slice(0, 300), truncated: true };
      case 'status':
        return { ...base, status: b.status, contentType: 'text/html', body: '<h1>error</h1>' };
      case 'binary':
        return { ...base, status: 200, contentType: 'application/pdf', body: '' };
      case 'fail':
        throw new FetchFailure(`simulated ${b.failure}`, b.failure);
      case 'redirect':
        // One request: the crawl decides whether the target may be requested.
        return { ...base, status: 302, contentType: '', body: '', redirect: { location: new URL(b.to, url).href } };
    }
  };
}

describe('runAudit on random hostile sites (property)', () => {
  it('always resolves with a valid report, within budget, requesting nothing off-site or state-changing', async () => {
    await fc.assert(
      fc.asyncProperty(site, fc.constantFrom(1, 2, 3), fc.constantFrom(5, 15, 40), async (s, maxDepth, maxPages) => {
        const requested: string[] = [];
        const calls: string[] = [];
        const report = await runAudit({ startUrl: `${ORIGIN}/`, fetcher: fetcherFor(s, requested, calls), options: { maxDepth, maxPages, useSitemap: true } });
        expect(() => ReportSchema.parse(report)).not.toThrow();
        const pages = calls.filter((u) => !/\/robots\.txt$|\.xml$/.test(new URL(u).pathname));
        expect(pages.length).toBeLessThanOrEqual(maxPages * 2); // a 404 may be retried once with a slash
        expect(report.crawl.pagesFetched).toBeLessThanOrEqual(maxPages);
        for (const u of requested) {
          expect(new URL(u).host.endsWith('vendor.example'), u).toBe(true);
          if (u !== `${ORIGIN}/`) expect(stateChangingReason(u), u).toBeUndefined();
        }
      }),
      { numRuns: 150 },
    );
  });
});
