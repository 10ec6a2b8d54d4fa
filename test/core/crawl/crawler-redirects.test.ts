// Redirects as the crawl meets them: each hop checked like a link before it is requested, and
// the browser's hidden (opaque) redirects never followed, the page looked for where it likely is.
import { describe, expect, it } from 'vitest';
import { DEFAULT_CRAWL_OPTIONS, type CrawlOptions, type Fetcher } from '../../../src/core/crawl/crawl-types.js';
import { crawlSite } from '../../../src/core/crawl/crawler.js';
import { hiddenRedirectGuesses } from '../../../src/core/crawl/hidden-redirect-guesses.js';
import { fakeSite, html } from './fake-fetcher.js';

const O = 'https://vendor.example';
const opts = (o: Partial<CrawlOptions> = {}): CrawlOptions => ({ ...DEFAULT_CRAWL_OPTIONS, useSitemap: false, respectRobots: false, ...o });
const phonePage = (n: string) => html([], `<body>Call us on ${n}</body>`).replace('<main></main>', `<main><p>Call us: ${n}</p></main>`);

/** What a browser's fetch({ redirect: 'manual' }) gives: a redirect, its target hidden. */
function opaque(fetcher: Fetcher): Fetcher {
  return async (url, o) => {
    const res = await fetcher(url, o);
    return res.redirect ? { ...res, status: 0, redirect: {} } : res;
  };
}

const site = () =>
  fakeSite(O, {
    '/en/': html([
      ['/contact', 'Contact'],
      ['/contact-sales', 'Contact sales'],
      ['/support', 'Customer service'],
      ['/offers', 'Offers'],
      ['/partner', 'Partner'],
    ]),
    '/contact': { redirect: '/en/contact/' },
    '/en/contact/': phonePage('+1 202 555 0143'),
    '/contact-sales': { redirect: '/account/logout' },
    '/support': { redirect: '/newsletter/unsubscribe?u=42' },
    '/offers': { redirect: '/cart/add?item=5' },
    '/partner': { redirect: 'https://partner.example/' },
    '/account/logout': html([]),
    '/newsletter/unsubscribe?u=42': html([]),
    '/cart/add?item=5': html([]),
  });

const NEVER = ['/account/logout', '/newsletter/unsubscribe?u=42', '/cart/add?item=5'];

describe('crawlSite: redirects it can see (the CLI)', () => {
  it('follows /contact to /en/contact/, refuses state-changing and off-site targets, and says what became of each', async () => {
    const s = site();
    const r = await crawlSite(`${O}/en/`, opts(), s.fetcher);
    for (const path of NEVER) expect(s.requests, path).not.toContain(`${O}${path}`);
    expect(s.requests.every((u) => u.startsWith(O))).toBe(true);
    expect(r.pages.map((p) => p.url)).toContain(`${O}/en/contact/`);
    const byFrom = Object.fromEntries((r.redirects ?? []).map((x) => [new URL(x.from).pathname, [x.outcome, x.reason ?? '']]));
    expect(byFrom).toEqual({
      '/contact': ['followed', ''],
      '/contact-sales': ['refused', 'state-changing link (sign out)'],
      '/support': ['refused', 'state-changing link (unsubscribe)'],
      '/offers': ['refused', expect.stringMatching(/cart/)],
      '/partner': ['off-site', 'another site'],
    });
    expect(r.errors.find((e) => e.url === `${O}/partner`)?.message).toBe('redirects to https://partner.example/ (another site: not followed)');
  });

  it('refuses a redirect into a path robots.txt disallows, as it would the link', async () => {
    const s = fakeSite(O, {
      '/robots.txt': { body: 'User-agent: *\nDisallow: /private', contentType: 'text/plain' },
      '/': html([['/help', 'Help']]),
      '/help': { redirect: '/private/help' },
      '/private/help': html([]),
    });
    const r = await crawlSite(`${O}/`, opts({ respectRobots: true }), s.fetcher);
    expect(s.requests).not.toContain(`${O}/private/help`);
    expect(r.redirects).toContainEqual(expect.objectContaining({ outcome: 'refused', reason: 'disallowed by robots.txt' }));
  });
});

describe('crawlSite: redirects the browser hides (the extension)', () => {
  it("never requests a hidden target, and finds /en/contact/ by asking for it under the start page's locale", async () => {
    const s = site();
    const r = await crawlSite(`${O}/en/`, opts(), opaque(s.fetcher));
    for (const path of NEVER) expect(s.requests, path).not.toContain(`${O}${path}`);
    expect(s.requests.every((u) => u.startsWith(O))).toBe(true);
    const contact = r.pages.find((p) => p.url === `${O}/en/contact/`);
    expect(contact?.pathText).toEqual(['Contact']);
    expect(contact?.analysis.findings.some((f) => f.kind === 'phone')).toBe(true);
    const hidden = r.redirects?.find((x) => x.from === `${O}/contact`);
    expect(hidden).toMatchObject({ outcome: 'hidden', foundAt: `${O}/en/contact/` });
    expect(hidden?.to).toBeUndefined();
    const logout = r.errors.find((e) => e.url === `${O}/contact-sales`);
    expect(logout?.message).toBe('redirects, but the browser hides where it leads, so it was not followed');
  });
});

describe('hiddenRedirectGuesses', () => {
  it("tries the slash twin and the start page's locale folder, at most three", () => {
    expect(hiddenRedirectGuesses(`${O}/contact`, `${O}/en/`)).toEqual([`${O}/contact/`, `${O}/en/contact/`, `${O}/en/contact`]);
    expect(hiddenRedirectGuesses(`${O}/kontakt/`, `${O}/de-at/start`)).toEqual([`${O}/kontakt`, `${O}/de-at/kontakt/`, `${O}/de-at/kontakt`]);
    expect(hiddenRedirectGuesses(`${O}/contact?x=1`, `${O}/`)).toEqual([`${O}/contact/?x=1`]);
  });
  it('leaves files, the root and paths already under a locale alone', () => {
    expect(hiddenRedirectGuesses(`${O}/contact.html`, `${O}/`)).toEqual([]);
    expect(hiddenRedirectGuesses(`${O}/`, `${O}/en/`)).toEqual([]);
    expect(hiddenRedirectGuesses(`${O}/fr/contact`, `${O}/en/`)).toEqual([`${O}/fr/contact/`]);
  });
});
