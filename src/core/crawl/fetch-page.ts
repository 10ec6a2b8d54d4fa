import type { CrawlError } from '../report/schema.js';
import { FetchFailure, type FetchOptions, type FetchResult, type Fetcher } from './crawl-types.js';
import { challengeOf } from './challenge-page.js';
import { DeadlineReached } from './time-budget.js';

/** Media types the crawler analyses. '' (no header) is judged by the body. */
const HTML_TYPES = new Set(['text/html', 'application/xhtml+xml']);
/** Messages are evidence, not logs: bounded like other report text. */
const MAX_MESSAGE = 500;

/** `deadline`: not requested or cut short by the audit's time budget: no fault of the page, so not recorded. */
export type PageFetch = { ok: true; res: FetchResult; notes: CrawlError[] } | { ok: false; error: CrawlError; deadline?: true };

/**
 * Fetch one page and sort the outcome: an HTML page to analyse (with notes such as truncation)
 * or one error of a kind the report knows. Never throws.
 */
export async function fetchPage(fetcher: Fetcher, url: string, opts: FetchOptions): Promise<PageFetch> {
  let res: FetchResult;
  try {
    res = await fetcher(url, opts);
    // Normalising dropped the trailing slash (/a/ and /a are one page); a server that serves only
    // /a/ answers /a with 404, so ask once more the way the link was most likely written.
    const slashed = res.status === 404 ? withSlash(url) : undefined;
    if (slashed) {
      const again = await fetcher(slashed, opts);
      if (again.status < 400) res = again;
    }
  } catch (err) {
    if (err instanceof DeadlineReached) return { ...fail(url, 'timeout', err.message), deadline: true };
    const kind = err instanceof FetchFailure ? err.kind : 'other';
    return fail(url, kind, err instanceof Error ? err.message : String(err));
  }
  if (res.offSiteRedirect) return fail(url, 'redirect-off-site', `redirects to ${res.offSiteRedirect} (another site: not followed)`, res.status);
  if (res.refusedRedirect) {
    const { url: to, reason } = res.refusedRedirect;
    return fail(url, 'other', to ? `redirects to ${to} (${reason}: not followed)` : `redirects, but ${reason}`, res.status || undefined);
  }
  // Bot protection answers with a challenge (often 403 or 503): not the page, and not a dead one.
  const blockedBy = challengeOf(res);
  if (blockedBy) return fail(url, 'blocked', `bot protection (${blockedBy}) answered with a challenge instead of the page`, res.status);
  if (res.status >= 400) return fail(url, 'http', `HTTP ${res.status}`, res.status);
  if (res.status >= 300 || res.status < 200) return fail(url, 'http', `HTTP ${res.status} without a page`, res.status);
  if (!isHtml(res)) return fail(url, 'not-html', `not HTML (${res.contentType || 'no content type'})`, res.status);
  const notes: CrawlError[] = res.truncated
    ? [{ url: clip(res.url), kind: 'too-large', message: `cut at ${opts.maxBytes} bytes; the first part was analysed`, status: res.status }]
    : [];
  return { ok: true, res, notes };
}

/** The URL with a trailing slash, when its path is a directory-like name without one. */
function withSlash(url: string): string | undefined {
  const u = new URL(url);
  if (u.pathname.endsWith('/') || /\.[a-z0-9]{1,5}$/i.test(u.pathname)) return undefined;
  u.pathname += '/';
  return u.href;
}

function isHtml(res: FetchResult): boolean {
  if (HTML_TYPES.has(res.contentType)) return true;
  return res.contentType === '' && /^\s*(<!doctype html|<html|<head|<body)/i.test(res.body);
}

function fail(url: string, kind: CrawlError['kind'], message: string, status?: number): { ok: false; error: CrawlError } {
  return { ok: false, error: { url: clip(url), kind, message: message.slice(0, MAX_MESSAGE), ...(status !== undefined ? { status } : {}) } };
}

/** Report URLs: the schema allows 4,096 characters; beyond the trap limit (2,000) a URL is noise, so it is cut there. */
const MAX_URL = 2000;
export function clip(url: string): string {
  return url.length <= MAX_URL ? url : `${url.slice(0, MAX_URL - 1)}…`;
}
