import { analyzePage } from '../analyze-page.js';
import type { CrawlError } from '../report/schema.js';
import type { CrawledPage } from './crawl-types.js';
import type { CrawlContext } from './crawl-context.js';
import { clip, fetchPage, type PageFetch } from './fetch-page.js';
import { linkScore } from './link-rank.js';
import { normalizeUrl } from './normalize-url.js';
import { describeCapped, reportableFindings } from './page-finding-caps.js';
import { pageKey } from './same-site.js';

/** A page waiting to be requested, with how it is reached. */
export interface QueueItem {
  url: string;
  depth: number;
  /** Path and link texts of the parent ([] for the start page). */
  parentPath: string[];
  parentPathText: string[];
  /** Text of the link clicked to get here (undefined for the start page). */
  linkText?: string;
  viaSitemap?: boolean;
}

export type Visit = { page: CrawledPage } | { error: CrawlError } | { duplicate: true };

/** Path text for a <meta http-equiv=refresh>: the browser follows it without a click. */
export const META_REFRESH_TEXT = '(automatic redirect)';

/**
 * Request, check and analyse one page. Counts against the budget (the caller checked it).
 * A redirect to a page already analysed is a duplicate, not a new page.
 */
export async function visitPage(ctx: CrawlContext, item: QueueItem): Promise<Visit> {
  return analyseVisit(ctx, item, await requestVisit(ctx, item));
}

/** A link a shopper would follow to reach a person: strong contact words (contact, support, help, imprint...) on it or in its URL. */
export function isContactLink(item: QueueItem): boolean {
  return item.linkText !== undefined && linkScore({ url: item.url, text: item.linkText, region: 'main' }) >= CONTACT_SIGNAL;
}
/** linkScore: 10 points a word weight, a point off for the URL alone (link-rank.ts): 29 is weight 3, the contact words. */
const CONTACT_SIGNAL = 29;

/** The network half of a visit: counts against the budget (the caller checked it) when it starts. */
export function requestVisit(ctx: CrawlContext, item: QueueItem): Promise<PageFetch> {
  ctx.requests++;
  return fetchPage(ctx.pageFetcher, item.url, ctx.fetchOptions(item.url));
}

/** The CPU half of a visit: check and analyse what `requestVisit` got. Synchronous. */
export function analyseVisit(ctx: CrawlContext, item: QueueItem, got: PageFetch): Visit {
  ctx.finished++;
  const visit = analyse(ctx, item, got);
  if (isContactLink(item) && !(!got.ok && got.deadline)) ctx.noteContactPage(item.url, 'error' in visit ? visit.error : undefined);
  return visit;
}

function analyse(ctx: CrawlContext, item: QueueItem, got: PageFetch): Visit {
  if (!got.ok) {
    // Stopped by the audit's deadline: the page may be fine; the report's partialReason says why.
    if (!got.deadline) ctx.error(got.error);
    return { error: got.error };
  }
  const { res, notes } = got;
  const key = pageKey(res.url);
  const softNotFound = ctx.softNotFound.get(key);
  // Another link that ends on a known soft 404 leads nowhere either (a Contact link among them).
  if (softNotFound !== undefined) return { error: softNotFoundError(ctx, item, res, softNotFound) };
  if (ctx.analysed.has(key)) return { duplicate: true };
  ctx.analysed.add(key);
  ctx.known.add(key);
  notes.forEach((n) => ctx.error(n));
  let analysed: ReturnType<typeof analyzePage>;
  try {
    analysed = analyzePage(res.url, res.body, { country: ctx.options.country, siteCountry: ctx.siteCountry, linkScope: ctx.linkScope });
  } catch (err) {
    // One page the parser chokes on must not end the crawl.
    const error: CrawlError = {
      url: clip(res.url),
      kind: 'parse',
      message: `analysis failed: ${err instanceof Error ? err.message : String(err)}`.slice(0, 500),
    };
    ctx.error(error);
    return { error };
  }
  const { extractorErrors, softNotFound: notFound, ...rest } = analysed;
  // A "Page not found" answered with 200: no page for a shopper, so none for the audit (its
  // findings, its links, its title all belong to an error page).
  if (notFound !== undefined) {
    ctx.softNotFound.set(key, notFound);
    return { error: softNotFoundError(ctx, item, res, notFound) };
  }
  // A directory page's thousands of contacts would make the report grow with the site: capped,
  // and the report says so (page-finding-caps.ts).
  const { findings, capped } = reportableFindings(rest.findings);
  if (capped.length) ctx.error({ url: clip(res.url), kind: 'capped', status: res.status, message: describeCapped(capped).slice(0, 500) });
  const analysis = { ...rest, findings };
  // A broken extractor costs its own findings only; the report says which.
  for (const message of extractorErrors) ctx.error({ url: clip(res.url), kind: 'parse', message: message.slice(0, 500) });
  const page: CrawledPage = {
    url: res.url,
    depth: item.depth,
    path: [...item.parentPath, res.url],
    pathText: item.linkText === undefined ? [...item.parentPathText] : [...item.parentPathText, item.linkText],
    status: res.status,
    analysis,
    ...(item.viaSitemap ? { viaSitemap: true } : {}),
  };
  return { page };
}

/**
 * Recorded under the URL the link named (what a check compares links with), with where it ended
 * when a redirect led there.
 */
function softNotFoundError(ctx: CrawlContext, item: QueueItem, res: { url: string; status: number }, why: string): CrawlError {
  const moved = pageKey(res.url) !== pageKey(item.url) ? ` (redirected to ${res.url})` : '';
  const error: CrawlError = {
    url: clip(item.url),
    kind: 'soft-404',
    status: res.status,
    message: `soft 404: HTTP ${res.status}, but ${why}${moved}; not analysed`.slice(0, 500),
  };
  ctx.error(error);
  return error;
}

/** Where a page's <meta http-equiv=refresh> leads, normalised like any link. */
export function refreshTarget(page: CrawledPage): string | undefined {
  const target = page.analysis.metaRefresh;
  return target ? normalizeUrl(target) : undefined;
}
