import { analyzePage } from '../analyze-page.js';
import type { CrawlError } from '../report/schema.js';
import type { PageFinding } from '../types.js';
import type { CrawledPage } from './crawl-types.js';
import type { CrawlContext } from './crawl-context.js';
import { clip, fetchPage, type PageFetch } from './fetch-page.js';
import { normalizeUrl } from './normalize-url.js';
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

/** The network half of a visit: counts against the budget (the caller checked it) when it starts. */
export function requestVisit(ctx: CrawlContext, item: QueueItem): Promise<PageFetch> {
  ctx.requests++;
  return fetchPage(ctx.pageFetcher, item.url, ctx.fetchOptions());
}

/** The CPU half of a visit: check and analyse what `requestVisit` got. Synchronous. */
export function analyseVisit(ctx: CrawlContext, item: QueueItem, got: PageFetch): Visit {
  ctx.finished++;
  if (!got.ok) {
    ctx.error(got.error);
    return { error: got.error };
  }
  const { res, notes } = got;
  const key = pageKey(res.url);
  if (ctx.analysed.has(key)) return { duplicate: true };
  ctx.analysed.add(key);
  ctx.known.add(key);
  notes.forEach((n) => ctx.error(n));
  let analysed: ReturnType<typeof analyzePage>;
  try {
    analysed = analyzePage(res.url, res.body, { country: ctx.options.country, siteCountry: ctx.siteCountry });
  } catch (err) {
    // One page the parser chokes on must not end the crawl.
    const error: CrawlError = { url: clip(res.url), kind: 'parse', message: `analysis failed: ${err instanceof Error ? err.message : String(err)}`.slice(0, 500) };
    ctx.error(error);
    return { error };
  }
  const { extractorErrors, ...rest } = analysed;
  const analysis = { ...rest, findings: rest.findings.map(bounded) };
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

/** The report's bound on page-derived text (report/schema.ts). */
const MAX_TEXT = 2000;
const cut = (s: string) => (s.length <= MAX_TEXT ? s : `${s.slice(0, MAX_TEXT - 1)}…`);

/**
 * A finding with its page-derived strings cut to what the report allows: a form action or a
 * help-centre URL can be any length, and one over the bound must not cost the whole report.
 */
function bounded(f: PageFinding): PageFinding {
  return { ...f, value: cut(f.value), ...(f.display !== undefined ? { display: cut(f.display) } : {}), ...(f.context !== undefined ? { context: cut(f.context) } : {}) };
}

/** Where a page's <meta http-equiv=refresh> leads, normalised like any link. */
export function refreshTarget(page: CrawledPage): string | undefined {
  const target = page.analysis.metaRefresh;
  return target ? normalizeUrl(target) : undefined;
}
