import type { CrawlError } from '../report/schema.js';
import type { PageLink } from '../types.js';
import type { CrawlOptions, CrawlProgress, CrawlResult, CrawledPage, Fetcher } from './crawl-types.js';
import { CrawlContext } from './crawl-context.js';
import { crawlLayer } from './crawl-layer.js';
import { clip } from './fetch-page.js';
import { heldToRelease, LAYER_BUDGET, splitLayer } from './layer-budget.js';
import { linkScore, rankScored } from './link-rank.js';
import { normalizeUrl } from './normalize-url.js';
import { robotsFromResponse, type RobotsRules } from './robots-txt.js';
import { pageKey } from './same-site.js';
import { readSitemaps, unlinkedContactPages } from './sitemap-pages.js';
import { failureOf } from '../outcome/failure.js';
import { DeadlineReached } from './time-budget.js';
import { META_REFRESH_TEXT, refreshTarget, visitPage, type QueueItem } from './visit-page.js';

export interface CrawlHooks {
  onProgress?: (p: CrawlProgress) => void;
  onPage?: (page: CrawledPage) => void;
  /** Checked between requests; when true the crawl stops and returns what it has (partial). */
  signal?: { readonly aborted: boolean };
}

/**
 * Crawl a site as an anonymous visitor, layer by layer: every page at depth d is visited before
 * any at d+1, so a page's depth is its true fewest clicks among the pages crawled. Within a layer,
 * contact-like links go first, so the page budget is spent where contacts are; links without any
 * contact signal get a share of it, the rest kept for the contact links deeper pages reveal
 * (layer-budget.ts).
 */
export async function crawlSite(startUrl: string, options: CrawlOptions, fetcher: Fetcher, hooks: CrawlHooks = {}): Promise<CrawlResult> {
  const ctx = new CrawlContext(startUrl, options, fetcher, hooks);
  const result = ctx.result;
  const start = normalizeUrl(startUrl);
  if (!start) {
    return {
      ...result,
      partialReason: 'start page unreachable: not an http(s) URL',
      failure: { kind: 'not-a-url', reason: 'this is not the address of a web page' },
    };
  }
  if (ctx.aborted())
    return { ...result, partialReason: 'cancelled', failure: { kind: 'cancelled', reason: 'the audit was stopped before the start page was read' } };

  // The user asked for this page, so it is requested whatever robots.txt says; robots.txt
  // governs the links the crawler follows from it. Same-site redirects (http → https, / → /en/) move the site.
  ctx.site = result.site = new URL(start).origin;
  ctx.known.add(pageKey(start));
  // robots.txt is requested alongside the start page: one round trip instead of two. It is
  // requested again only if the start page moved to another origin.
  const robots = options.respectRobots ? fetchRobots(ctx, ctx.site) : undefined;
  const first = await visitPage(ctx, { url: start, depth: 0, parentPath: [], parentPathText: [] });
  if (!('page' in first)) {
    await robots;
    const error: CrawlError = 'error' in first ? first.error : { url: start, kind: 'other', message: 'no page' };
    return { ...result, partialReason: `start page unreachable: ${error.message}`, failure: failureOf(error) };
  }
  const home = first.page;
  ctx.homeUrl = home.url;
  ctx.site = result.site = new URL(home.url).origin;
  ctx.siteCountry = result.country = home.analysis.country;
  hooks.onPage?.(home);
  hooks.onProgress?.({ pagesFetched: ctx.finished, maxPages: options.maxPages, depth: 0, url: home.url, queued: home.analysis.links.length });
  if (robots) {
    let loaded = await robots;
    if (loaded.origin !== ctx.site && !ctx.aborted()) loaded = await fetchRobots(ctx, ctx.site);
    ctx.robots = loaded.rules;
    if (loaded.error && !ctx.cancelled) ctx.error(loaded.error);
  }

  // The sitemaps need robots.txt only. They are read in the background, starting with the first
  // round of pages whose last batch leaves a slot idle (its size is not a multiple of
  // `concurrency`), in the slots no page waits for, and picked from once the links are all known.
  let sitemaps: Promise<string[]> | undefined;
  const readSitemapsOnce = (): void => {
    if (options.useSitemap && !sitemaps && !ctx.cancelled) sitemaps = readSitemaps(ctx);
  };
  const crawlRound = (queue: QueueItem[], heldBack: number): Promise<CrawledPage[]> => {
    const idleSlot = queue.length % Math.max(1, options.concurrency) !== 0 || ctx.requests + queue.length >= options.maxPages;
    const running = crawlLayer(ctx, queue, heldBack);
    if (idleSlot) readSitemapsOnce();
    return running;
  };

  // Layer 0 is the start page plus, at the same depth, the page its <meta refresh> leads to.
  let layer: CrawledPage[] = [home];
  const refresh = refreshTarget(home);
  if (refresh && ctx.admit(refresh, '')) {
    layer.push(...(await crawlLayer(ctx, [{ url: refresh, depth: 0, parentPath: home.path, parentPathText: [], linkText: META_REFRESH_TEXT }])));
  }
  result.pages.push(...layer);

  for (let depth = 1; depth <= options.maxDepth && layer.length && !ctx.cancelled && !ctx.time.usedUp; depth++) {
    const ranked = nextLayer(ctx, layer, depth);
    if (!ctx.hasBudget()) {
      if (ranked.length) ctx.budgetCut = true;
      break;
    }
    const { now, held } = splitLayer(ranked, {
      remaining: options.maxPages - ctx.requests,
      layersBelow: options.maxDepth - depth,
      concurrency: options.concurrency,
    });
    layer = await crawlRound(now, held.length);
    // Held links are still of this depth: those the deeper layers turn out not to need the
    // budget for are requested now, before any deeper page.
    let released = 0;
    if (held.length && ctx.hasBudget() && !ctx.cancelled) {
      released = heldToRelease({
        held: held.length,
        remaining: options.maxPages - ctx.requests,
        signalBelow: signalBelow(ctx, layer),
        layersBelow: options.maxDepth - depth,
        concurrency: options.concurrency,
      });
      if (released) layer.push(...(await crawlRound(held.slice(0, released), held.length - released)));
    }
    // Links left unvisited to keep budget for deeper layers count as cut by the budget.
    if (held.length > released) ctx.budgetCut = true;
    result.pages.push(...layer);
  }

  readSitemapsOnce();
  // Awaited even when cancelled, so no request of this crawl outlives it.
  const found = await sitemaps;
  if (found && !ctx.cancelled && !ctx.time.usedUp) await crawlSitemapPages(ctx, home.url, found);
  if (ctx.cancelled) result.partialReason = 'cancelled';
  else if (ctx.time.usedUp) result.partialReason = ctx.time.reason(result.pages.length);
  else result.partialReason = ctx.contactPagesFailed();
  if (result.partialReason === undefined) delete result.partialReason;
  return result;
}

/**
 * The next layer's queue: each new link once, reached through its first parent in ranked order,
 * then ranked (contact words, then site-wide regions, then the rest) and filtered.
 */
function nextLayer(ctx: CrawlContext, parents: CrawledPage[], depth: number): { link: QueueItem; score: number }[] {
  const fresh = new Map<string, QueueItem & Pick<PageLink, 'text' | 'region'>>();
  for (const parent of parents) {
    for (const link of parent.analysis.links) {
      const key = pageKey(link.url);
      if (fresh.has(key) || ctx.known.has(key)) continue;
      fresh.set(key, {
        url: link.url,
        text: link.text,
        region: link.region,
        depth,
        parentPath: parent.path,
        parentPathText: parent.pathText,
        linkText: link.text,
      });
    }
  }
  const candidates = [...fresh.values()];
  // Breadth-first (the benchmark's exhaustive baseline) keeps document order and no score.
  const ordered = ctx.options.strategy === 'breadth-first' ? candidates.map((link) => ({ link, score: LAYER_BUDGET.minSignalScore })) : rankScored(candidates);
  return ordered.filter(({ link }) => ctx.admit(link.url, link.text)).map(({ link: { text: _t, region: _r, ...item }, score }) => ({ link: item, score }));
}

/** How many pages not yet met, with a contact signal, that the crawl may request, `pages` link to. */
function signalBelow(ctx: CrawlContext, pages: CrawledPage[]): number {
  const found = new Set<string>();
  for (const page of pages) {
    for (const link of page.analysis.links) {
      const key = pageKey(link.url);
      if (!found.has(key) && linkScore(link) >= LAYER_BUDGET.minSignalScore && ctx.mayAdmit(link.url, link.text)) found.add(key);
    }
  }
  return found.size;
}

interface LoadedRobots {
  origin: string;
  rules: RobotsRules;
  error?: CrawlError;
}

/**
 * robots.txt is read up to 500 KiB: RFC 9309 §2.5 asks crawlers to parse at least that much and
 * lets them ignore the rest (as Google does). Every link is checked against every rule, so a
 * hostile multi-megabyte file would otherwise cost minutes per page of links.
 */
export const ROBOTS_MAX_BYTES = 500 * 1024;

/** robots.txt of `origin`, read as RFC 9309 says; the error, if any, is the caller's to record. */
async function fetchRobots(ctx: CrawlContext, origin: string): Promise<LoadedRobots> {
  const url = `${origin}/robots.txt`;
  try {
    const res = await ctx.request(url, { ...ctx.fetchOptions(), maxBytes: Math.min(ctx.options.maxBytes, ROBOTS_MAX_BYTES) });
    // A cut file ends mid-line: that line is dropped, not read as a shorter (broader) rule.
    const body = res.truncated ? res.body.slice(0, res.body.lastIndexOf('\n') + 1) : res.body;
    const rules = robotsFromResponse(url, res.offSiteRedirect ? 404 : res.status, body);
    if (res.status >= 500 || res.status === 429)
      return {
        origin,
        rules,
        error: { url, kind: 'robots', status: res.status, message: `robots.txt answered HTTP ${res.status}: treated as disallow all (RFC 9309)` },
      };
    if (res.truncated)
      return {
        origin,
        rules,
        error: {
          url,
          kind: 'robots',
          status: res.status,
          message: `robots.txt is larger than ${ROBOTS_MAX_BYTES} bytes: the rest was ignored (RFC 9309 §2.5)`,
        },
      };
    return { origin, rules };
  } catch (err) {
    // Not read before the deadline: no more requests follow, and the partial reason says why.
    if (err instanceof DeadlineReached) return { origin, rules: robotsFromResponse(url, undefined, '') };
    const why = err instanceof Error ? err.message : String(err);
    return {
      origin,
      rules: robotsFromResponse(url, undefined, ''),
      error: { url, kind: 'robots', message: `robots.txt unreachable (${why}): treated as disallow all (RFC 9309)`.slice(0, 500) },
    };
  }
}

/** Contact-like pages only the sitemap knows: listed, and visited while budget remains. */
async function crawlSitemapPages(ctx: CrawlContext, homeUrl: string, found: string[]): Promise<void> {
  const urls = unlinkedContactPages(ctx, found);
  const { maxDepth, maxPages } = ctx.options;
  const reason = ctx.budgetCut
    ? `in sitemap.xml, not reached by links within ${maxDepth} clicks and ${maxPages} pages`
    : `in sitemap.xml, not linked within ${maxDepth} clicks`;
  const queue: QueueItem[] = [];
  for (const url of urls) {
    ctx.result.sitemapOnly.push({ url: clip(url), reason });
    if (ctx.admit(url, '')) queue.push({ url, depth: maxDepth + 1, parentPath: [homeUrl], parentPathText: ['sitemap.xml'], viaSitemap: true });
  }
  if (queue.length && ctx.hasBudget()) ctx.result.pages.push(...(await crawlLayer(ctx, queue)));
}
