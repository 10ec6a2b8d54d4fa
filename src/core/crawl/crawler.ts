import type { PageLink } from '../types.js';
import type { CrawlOptions, CrawlProgress, CrawlResult, CrawledPage, Fetcher } from './crawl-types.js';
import { CrawlContext } from './crawl-context.js';
import { crawlLayer } from './crawl-layer.js';
import { rankLinks } from './link-rank.js';
import { normalizeUrl } from './normalize-url.js';
import { robotsFromResponse } from './robots-txt.js';
import { pageKey } from './same-site.js';
import { sitemapContactPages } from './sitemap-pages.js';
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
 * contact-like links go first, so the page budget is spent where contacts are.
 */
export async function crawlSite(startUrl: string, options: CrawlOptions, fetcher: Fetcher, hooks: CrawlHooks = {}): Promise<CrawlResult> {
  const ctx = new CrawlContext(startUrl, options, fetcher, hooks);
  const result = ctx.result;
  const start = normalizeUrl(startUrl);
  if (!start) return { ...result, partialReason: 'start page unreachable: not an http(s) URL' };
  if (ctx.aborted()) return { ...result, partialReason: 'cancelled' };

  // The user asked for this page, so it is requested whatever robots.txt says; robots.txt
  // governs the links the crawler follows from it. Same-site redirects (http → https, / → /en/) move the site.
  ctx.site = result.site = new URL(start).origin;
  ctx.known.add(pageKey(start));
  const first = await visitPage(ctx, { url: start, depth: 0, parentPath: [], parentPathText: [] });
  if (!('page' in first)) {
    const why = 'error' in first ? first.error.message : 'no page';
    return { ...result, partialReason: `start page unreachable: ${why}` };
  }
  const home = first.page;
  ctx.site = result.site = new URL(home.url).origin;
  ctx.siteCountry = result.country = home.analysis.country;
  hooks.onPage?.(home);
  hooks.onProgress?.({ pagesFetched: ctx.finished, maxPages: options.maxPages, depth: 0, url: home.url, queued: home.analysis.links.length });
  if (options.respectRobots && !ctx.aborted()) await loadRobots(ctx);

  // Layer 0 is the start page plus, at the same depth, the page its <meta refresh> leads to.
  let layer: CrawledPage[] = [home];
  const refresh = refreshTarget(home);
  if (refresh && ctx.admit(refresh, '')) {
    layer.push(...(await crawlLayer(ctx, [{ url: refresh, depth: 0, parentPath: home.path, parentPathText: [], linkText: META_REFRESH_TEXT }])));
  }
  result.pages.push(...layer);

  for (let depth = 1; depth <= options.maxDepth && layer.length && !ctx.cancelled; depth++) {
    const queue = nextLayer(ctx, layer, depth);
    if (!ctx.hasBudget()) {
      if (queue.length) ctx.budgetCut = true;
      break;
    }
    layer = await crawlLayer(ctx, queue);
    result.pages.push(...layer);
  }

  if (options.useSitemap && !ctx.cancelled) await crawlSitemapPages(ctx, home.url);
  if (ctx.cancelled) result.partialReason = 'cancelled';
  return result;
}

/**
 * The next layer's queue: each new link once, reached through its first parent in ranked order,
 * then ranked (contact words, then site-wide regions, then the rest) and filtered.
 */
function nextLayer(ctx: CrawlContext, parents: CrawledPage[], depth: number): QueueItem[] {
  const fresh = new Map<string, QueueItem & Pick<PageLink, 'text' | 'region'>>();
  for (const parent of parents) {
    for (const link of parent.analysis.links) {
      const key = pageKey(link.url);
      if (fresh.has(key) || ctx.isKnown(link.url)) continue;
      fresh.set(key, { url: link.url, text: link.text, region: link.region, depth, parentPath: parent.path, parentPathText: parent.pathText, linkText: link.text });
    }
  }
  const candidates = [...fresh.values()];
  const ordered = ctx.options.strategy === 'breadth-first' ? candidates : rankLinks(candidates);
  return ordered.filter((c) => ctx.admit(c.url, c.text)).map(({ text: _t, region: _r, ...item }) => item);
}

async function loadRobots(ctx: CrawlContext): Promise<void> {
  const url = `${ctx.site}/robots.txt`;
  try {
    const res = await ctx.fetcher(url, ctx.fetchOptions());
    ctx.robots = robotsFromResponse(url, res.offSiteRedirect ? 404 : res.status, res.body);
    if (res.status >= 500 || res.status === 429) ctx.error({ url, kind: 'robots', status: res.status, message: `robots.txt answered HTTP ${res.status}: treated as disallow all (RFC 9309)` });
  } catch (err) {
    ctx.robots = robotsFromResponse(url, undefined, '');
    const why = err instanceof Error ? err.message : String(err);
    ctx.error({ url, kind: 'robots', message: `robots.txt unreachable (${why}): treated as disallow all (RFC 9309)`.slice(0, 500) });
  }
}

/** Contact-like pages only the sitemap knows: listed, and visited while budget remains. */
async function crawlSitemapPages(ctx: CrawlContext, homeUrl: string): Promise<void> {
  const urls = await sitemapContactPages(ctx);
  const { maxDepth, maxPages } = ctx.options;
  const reason = ctx.budgetCut
    ? `in sitemap.xml, not reached by links within ${maxDepth} clicks and ${maxPages} pages`
    : `in sitemap.xml, not linked within ${maxDepth} clicks`;
  const queue: QueueItem[] = [];
  for (const url of urls) {
    ctx.result.sitemapOnly.push({ url, reason });
    if (ctx.admit(url, '')) queue.push({ url, depth: maxDepth + 1, parentPath: [homeUrl], parentPathText: ['sitemap.xml'], viaSitemap: true });
  }
  if (queue.length && ctx.hasBudget()) ctx.result.pages.push(...(await crawlLayer(ctx, queue)));
}
