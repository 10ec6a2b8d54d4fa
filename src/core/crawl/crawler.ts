import type { CrawlError } from '../report/schema.js';
import type { PageLink } from '../types.js';
import type { CrawlOptions, CrawlProgress, CrawlResult, CrawledPage, Fetcher } from './crawl-types.js';
import { CrawlContext } from './crawl-context.js';
import { crawlFrontier } from './crawl-frontier.js';
import { clip } from './fetch-page.js';
import { Frontier } from './frontier.js';
import { LinkGraph } from './link-graph.js';
import { breadthFirstPriority, linkPriority, parentOf, siteLanguage } from './link-priority.js';
import { normalizeUrl } from './normalize-url.js';
import { robotsFromResponse, type RobotsRules } from './robots-txt.js';
import { pageKey } from './same-site.js';
import { exactDepthLimit, shortenPaths } from './shortest-paths.js';
import { readSitemaps, unlinkedContactPages } from './sitemap-pages.js';
import { tagContainerChats } from './tag-containers.js';
import { failureOf } from '../outcome/failure.js';
import { reasonOf, type Reason } from '../outcome/reason.js';
import { DeadlineReached } from './time-budget.js';
import { META_REFRESH_TEXT, refreshTarget, visitPage } from './visit-page.js';

export interface CrawlHooks {
  onProgress?: (p: CrawlProgress) => void;
  onPage?: (page: CrawledPage) => void;
  /** Checked between requests; when true the crawl stops and returns what it has (partial). */
  signal?: { readonly aborted: boolean };
  /**
   * Which of its links a page keeps once the crawl has taken them (their targets and words live on
   * in the crawl's link graph for shortest-paths.ts): runAudit keeps the links the scores read, so
   * a report holds findings, not pages (issue #12). Absent: every link. Pages are handed to
   * onPage after this, but for the start page, which onPage gets first.
   */
  keepLink?: (link: PageLink) => boolean;
}

/**
 * Crawl a site as an anonymous visitor, best first across depths (link-priority.ts): a contact
 * link two clicks down is read before the fortieth menu link one click down. Depths stay exact:
 * the start page's links are exactly depth 1, a link first met on a depth-1 page exactly depth 2,
 * and once the crawl ends every page read takes the fewest clicks among the links seen
 * (shortest-paths.ts). Deeper than that a depth is the shortest path found, and the result says
 * from which depth on (`depthsExactTo`). With no page or time limit, every page within the depth is read.
 */
export async function crawlSite(startUrl: string, options: CrawlOptions, fetcher: Fetcher, hooks: CrawlHooks = {}): Promise<CrawlResult> {
  const ctx = new CrawlContext(startUrl, options, fetcher, hooks);
  const result = ctx.result;
  const start = normalizeUrl(startUrl);
  if (!start) {
    return {
      ...result,
      partialReason: 'start page unreachable: not an http(s) URL',
      failure: { kind: 'not-a-url', ...reasonOf('reason_not_a_url') },
    };
  }
  if (ctx.aborted()) return { ...result, ...partialOf(reasonOf('reason_cancelled')), failure: { kind: 'cancelled', ...reasonOf('reason_stopped_at_start') } };

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

  // The sitemaps need robots.txt only. They are read in the background, in the request slots no
  // page waits for, and picked from once the links are all known. So are the site's own tag manager containers.
  const sitemaps = options.useSitemap && !ctx.cancelled ? readSitemaps(ctx) : undefined;
  const containerChats = tagContainerChats(ctx, home);

  const pages = [home];
  const graph = new LinkGraph();
  const note = (page: CrawledPage, asked?: string): void => {
    graph.notePage(pageKey(page.url), page);
    if (asked) graph.notePage(pageKey(asked), page);
  };
  note(home, start);
  const frontier = new Frontier();
  const otherRobots = new Map<string, Promise<void>>();
  const language = siteLanguage(home, options.language);
  const breadthFirst = options.strategy === 'breadth-first';
  const expand = (page: CrawledPage): void => {
    // A <meta refresh> is followed without a click: same depth, next in line.
    const refresh = refreshTarget(page);
    const { links } = page.analysis;
    const keys = links.map((link) => pageKey(link.url));
    graph.setLinks(page, refresh === undefined ? undefined : pageKey(refresh), links, keys);
    offer(page, refresh, keys);
    keepLinks(ctx, page);
  };
  const offer = (page: CrawledPage, refresh: string | undefined, keys: readonly string[]): void => {
    if (refresh && ctx.admit(refresh, ''))
      frontier.offer(pageKey(refresh), {
        url: refresh,
        depth: page.depth,
        parentPath: page.path,
        parentPathText: page.pathText,
        linkText: META_REFRESH_TEXT,
        priority: Infinity,
      });
    const depth = page.depth + 1;
    if (depth > options.maxDepth) return;
    const parent = parentOf(page);
    page.analysis.links.forEach((link, i) => {
      ctx.vendors.linkFrom = { path: page.path, pathText: page.pathText, text: link.text };
      const key = keys[i] as string;
      const waiting = frontier.has(key);
      // Read, refused or waiting: only a waiting page can still take a shorter path (read ones are shortened at the end).
      if (!waiting && !ctx.admit(link.url, link.text)) return;
      const priority = breadthFirst ? breadthFirstPriority(depth) : linkPriority(link, parent, language);
      frontier.offer(key, { url: link.url, depth, parentPath: page.path, parentPathText: page.pathText, linkText: link.text, priority });
    });
  };
  expand(home);
  const read = await crawlFrontier(
    ctx,
    frontier,
    (page, item) => {
      note(page, item.url);
      expand(page);
    },
    (item) => robotsReady(ctx, item.url, otherRobots),
  );
  pages.push(...read);
  const unread = frontier.drain();
  if (unread.length && !ctx.cancelled && !ctx.time.usedUp) ctx.budgetCut = true;
  shortenPaths(home, graph);
  const exactTo = exactDepthLimit(unread.map((item) => item.depth));
  if (exactTo !== undefined) result.depthsExactTo = exactTo;
  // Shallowest first, in the order read within a depth: the report's and the tests' order.
  result.pages.push(
    ...pages
      .map((page, i) => ({ page, i }))
      .sort((a, b) => a.page.depth - b.page.depth || a.i - b.i)
      .map(({ page }) => page),
  );

  // Awaited even when cancelled, so no request of this crawl outlives it.
  const viaContainers = await containerChats;
  if (viaContainers.length && !ctx.cancelled) {
    home.analysis.findings.push(...viaContainers);
    // Sent again with what its containers load (the extension's worker keeps a page by its URL).
    hooks.onPage?.(home);
  }
  const found = await sitemaps;
  if (found && !ctx.cancelled && !ctx.time.usedUp) await crawlSitemapPages(ctx, home.url, found);
  const partial = ctx.cancelled ? reasonOf('reason_cancelled') : ctx.time.usedUp ? ctx.time.reason(result.pages.length) : ctx.contactPagesFailed();
  if (partial) Object.assign(result, partialOf(partial));
  return result;
}

/**
 * A page on another host of the vendor's (vendor-hosts.ts) is requested after that host's own
 * robots.txt, read once per origin (RFC 9309: rules are per origin), says it may be.
 */
function robotsReady(ctx: CrawlContext, url: string, loading: Map<string, Promise<void>>): boolean | Promise<boolean> {
  const parsed = new URL(url);
  if (!ctx.options.respectRobots || ctx.onSite(parsed)) return true;
  return otherHostReady(ctx, url, parsed, loading);
}

async function otherHostReady(ctx: CrawlContext, url: string, parsed: URL, loading: Map<string, Promise<void>>): Promise<boolean> {
  let load = loading.get(parsed.origin);
  if (!load) {
    load = fetchRobots(ctx, parsed.origin).then((loaded) => {
      ctx.vendors.robots.set(parsed.origin, loaded.rules);
      if (loaded.error && !ctx.cancelled) ctx.error(loaded.error);
    });
    loading.set(parsed.origin, load);
  }
  await load;
  if (ctx.robotsAllow(url)) return true;
  ctx.skip(url, 'disallowed by robots.txt');
  return false;
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
  const { reason, message } = ctx.budgetCut
    ? reasonOf('reason_sitemap_budget', { depth: String(maxDepth), pages: String(maxPages) })
    : reasonOf('reason_sitemap_unlinked', { depth: String(maxDepth) });
  const queue = new Frontier();
  urls.forEach((url, i) => {
    ctx.result.sitemapOnly.push({ url: clip(url), reason, message });
    if (ctx.admit(url, ''))
      queue.offer(pageKey(url), { url, depth: maxDepth + 1, parentPath: [homeUrl], parentPathText: ['sitemap.xml'], viaSitemap: true, priority: -i });
  });
  if (queue.size && ctx.hasBudget()) ctx.result.pages.push(...(await crawlFrontier(ctx, queue, (page) => keepLinks(ctx, page))));
}

/** The links `page` keeps once the crawl has taken them (CrawlHooks.keepLink). */
function keepLinks(ctx: CrawlContext, page: CrawledPage): void {
  const keep = ctx.hooks.keepLink;
  if (keep) page.analysis.links = page.analysis.links.filter(keep);
}

/** A reason as the crawl result carries it: English in partialReason, the message beside it. */
function partialOf(partial: Reason): Pick<CrawlResult, 'partialReason' | 'partialMessage'> {
  return { partialReason: partial.reason, partialMessage: partial.message };
}
