// Redirects are followed here, in the core, hop by hop, never by a fetcher: a redirect is a click
// the server makes for us, so each hop is checked by the rules a link is checked by before it is
// requested. Fetchers make exactly one request and hand back a 3xx as it came (crawl-types.ts).
//
// In a browser a fetcher cannot see where a redirect leads: fetch({ redirect: 'manual' }) answers
// with an opaque redirect (WHATWG Fetch §4.4, "opaque-redirect filtered response"), while
// redirect: 'follow' would send every hop before anyone could check it. Such a hidden redirect is
// never followed; the same page is asked for at the few same-origin addresses sites usually
// redirect to (hidden-redirect-guesses.ts), each one checked like a link.
import type { RedirectRecord } from '../report/redirect-record.js';
import { FetchFailure, type FetchOptions, type FetchResult, type Fetcher } from './crawl-types.js';

/** Hops followed per request: browsers allow ~20, but a vendor page needing more than 5 is broken. */
export const MAX_REDIRECTS = 5;

export interface RedirectPolicy {
  /** Why a same-origin target must not be requested (a sign-out URL, robots.txt...), or undefined. */
  refuse: (url: string) => string | undefined;
  /** Same-origin URLs to try when the browser hides where `url` redirects; [] to try none. */
  guesses: (url: string) => string[];
  /** Told about every redirect met, whatever became of it. */
  record: (r: RedirectRecord) => void;
}

/** One request as the crawl sees it: redirects followed when the rules allow, else reported. */
export async function fetchFollowing(fetchOnce: Fetcher, url: string, opts: FetchOptions, policy: RedirectPolicy): Promise<FetchResult> {
  const visited = new Set([url]);
  let current = url;
  for (let hop = 0; ; hop++) {
    const res = await fetchOnce(current, opts);
    const done = { ...res, requestedUrl: url };
    if (!res.redirect) return done;
    const stop = { ...done, body: '', contentType: '' };
    const location = res.redirect.location;
    if (location === undefined) return guessHidden(fetchOnce, current, stop, opts, policy, visited);
    const target = absolute(location, current);
    if (!target) {
      const reason = 'the Location header is not a URL';
      policy.record({ from: current, status: res.status, outcome: 'refused', reason });
      return { ...stop, refusedRedirect: { reason } };
    }
    if (!opts.allowedOrigins.includes(target.origin)) {
      policy.record({ from: current, to: target.href, status: res.status, outcome: 'off-site', reason: 'another site' });
      return { ...stop, offSiteRedirect: target.href };
    }
    const refused = policy.refuse(target.href);
    if (refused) {
      policy.record({ from: current, to: target.href, status: res.status, outcome: 'refused', reason: refused });
      return { ...stop, refusedRedirect: { url: target.href, reason: refused } };
    }
    if (visited.has(target.href)) {
      policy.record({ from: current, to: target.href, status: res.status, outcome: 'refused', reason: 'redirect loop' });
      throw new FetchFailure(`redirect loop: ${target.href}`, 'other');
    }
    if (hop + 1 > MAX_REDIRECTS) {
      policy.record({ from: current, to: target.href, status: res.status, outcome: 'refused', reason: `more than ${MAX_REDIRECTS} redirects` });
      throw new FetchFailure(`more than ${MAX_REDIRECTS} redirects`, 'other');
    }
    policy.record({ from: current, to: target.href, status: res.status, outcome: 'followed' });
    visited.add(target.href);
    current = target.href;
  }
}

/**
 * The browser hid the target. Each guess is requested as a page of its own (one request, no
 * redirect followed); the first that answers with a page stands for the one asked for.
 */
async function guessHidden(
  fetchOnce: Fetcher,
  from: string,
  stop: FetchResult,
  opts: FetchOptions,
  policy: RedirectPolicy,
  visited: Set<string>,
): Promise<FetchResult> {
  for (const guess of policy.guesses(from)) {
    const target = absolute(guess, from);
    if (!target || visited.has(target.href) || !opts.allowedOrigins.includes(target.origin) || policy.refuse(target.href)) continue;
    visited.add(target.href);
    const res = await fetchOnce(target.href, opts);
    if (!res.redirect && res.status >= 200 && res.status < 300) {
      policy.record({ from, status: stop.status, outcome: 'hidden', reason: 'the browser hides where it leads: not followed', foundAt: target.href });
      return { ...res, requestedUrl: stop.requestedUrl };
    }
  }
  const reason = 'the browser hides where it leads, so it was not followed';
  policy.record({ from, status: stop.status, outcome: 'hidden', reason });
  return { ...stop, refusedRedirect: { reason } };
}

/** A javascript:, data: or file: target parses too: its origin is never an allowed one, so it counts as another site. */
function absolute(location: string, base: string): URL | undefined {
  try {
    return new URL(location, base);
  } catch {
    return undefined;
  }
}
