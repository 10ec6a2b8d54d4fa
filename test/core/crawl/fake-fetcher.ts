// An in-memory site for crawler tests: path → page, with the fetcher's contract (one request per
// call, a redirect handed back with its target, failures thrown as FetchFailure).
import { FetchFailure, type FetchResult, type Fetcher } from '../../../src/core/crawl/crawl-types.js';

export type FakePage =
  string | { status?: number; body?: string; contentType?: string; redirect?: string; fail?: FetchFailure; truncated?: boolean; delayMs?: number };

export interface FakeSite {
  fetcher: Fetcher;
  /** Every URL requested, in order. */
  requests: string[];
  /** Requests other than robots.txt and sitemaps: the ones that count against maxPages. */
  pageRequests(): string[];
  /** Most requests in flight at once. */
  maxInFlight(): number;
}

/** `pages` by path+query (e.g. '/kontakt', '/list?page=2'); a function computes pages on the fly. */
export function fakeSite(origin: string, pages: Record<string, FakePage> | ((path: string) => FakePage | undefined)): FakeSite {
  const requests: string[] = [];
  let inFlight = 0;
  let maxInFlight = 0;
  const lookup = (path: string): FakePage | undefined => (typeof pages === 'function' ? pages(path) : pages[path]);
  const fetcher: Fetcher = async (url: string): Promise<FetchResult> => {
    requests.push(url);
    inFlight++;
    maxInFlight = Math.max(maxInFlight, inFlight);
    try {
      const u = new URL(url);
      if (u.origin !== origin) throw new FetchFailure(`no such host ${u.host}`, 'network');
      const page = lookup(u.pathname + u.search);
      const spec = typeof page === 'string' ? { body: page } : (page ?? { status: 404, body: '<title>Not found</title>' });
      await new Promise((r) => setTimeout(r, spec.delayMs ?? 1));
      if (spec.fail) throw spec.fail;
      // One request, as the Fetcher contract says: the crawl follows (or refuses) the redirect.
      if (spec.redirect)
        return { requestedUrl: url, url, status: 302, contentType: '', body: '', truncated: false, redirect: { location: new URL(spec.redirect, url).href } };
      return {
        requestedUrl: url,
        url,
        status: spec.status ?? 200,
        contentType: spec.contentType ?? 'text/html',
        body: spec.body ?? '',
        truncated: spec.truncated ?? false,
      };
    } finally {
      inFlight--;
    }
  };
  return {
    fetcher,
    requests,
    pageRequests: () => requests.filter((u) => !/\/robots\.txt$|sitemap[^/]*\.xml$/.test(u)),
    maxInFlight: () => maxInFlight,
  };
}

/** A page with links: [href, text] pairs, placed in <main> unless a region is given. */
export function html(links: [string, string, ('header' | 'nav' | 'footer' | 'main')?][], extra = ''): string {
  const inRegion = (r: string) =>
    links
      .filter(([, , region]) => (region ?? 'main') === r)
      .map(([href, text]) => `<a href="${href}">${text}</a>`)
      .join('\n');
  return `<!doctype html><html><head><title>t</title>${extra}</head><body><header>${inRegion('header')}</header><nav>${inRegion('nav')}</nav><main>${inRegion('main')}</main><footer>${inRegion('footer')}</footer></body></html>`;
}

/** Several hosts at once (the vendor's help centre on a subdomain): one fake site per origin, one request log. */
export function fakeHosts(sites: Record<string, Record<string, FakePage>>): { fetcher: Fetcher; requests: string[] } {
  const requests: string[] = [];
  const byOrigin = new Map(Object.entries(sites).map(([origin, pages]) => [origin, fakeSite(origin, pages)]));
  const fetcher: Fetcher = (url, opts) => {
    requests.push(url);
    const site = byOrigin.get(new URL(url).origin);
    if (!site) throw new FetchFailure(`no such host ${new URL(url).host}`, 'network');
    return site.fetcher(url, opts);
  };
  return { fetcher, requests };
}
