import { CRAWL_PACKS } from '../locale/crawl-packs.js';
import { packUnion } from '../locale/pack-pattern.js';
import type { CrawlContext } from './crawl-context.js';
import { FetchFailure } from './crawl-types.js';
import { urlContactWeight } from './link-rank.js';
import { normalizeUrl } from './normalize-url.js';
import { isSameSite } from './same-site.js';
import { parseSitemap, SITEMAP_LIMITS } from './sitemap.js';
import { DeadlineReached } from './time-budget.js';

/** Contact-like sitemap pages listed in the report: enough to show the pattern, bounded. */
export const MAX_SITEMAP_ONLY = 20;
/** Weight 2 and up: the same words that rank links first (link-rank.ts). */
const MIN_WEIGHT = 2;

/**
 * Read /sitemap.xml and the robots.txt Sitemap: lines (index files one level down) and return the
 * contact-like same-site pages that links within the depth never reached, best first.
 * These requests do not count against maxPages.
 */
export async function sitemapContactPages(ctx: CrawlContext): Promise<string[]> {
  return unlinkedContactPages(ctx, await readSitemaps(ctx));
}

/**
 * Every page URL the sitemaps list. Needs robots.txt loaded, nothing else: the crawler starts it
 * early, as background requests that fill slots a layer leaves idle, and picks from it at the end.
 */
export async function readSitemaps(ctx: CrawlContext): Promise<string[]> {
  const guessed = `${ctx.site}/sitemap.xml`;
  const files: { url: string; level: number }[] = [];
  const addFile = (url: string, level: number): void => {
    const norm = normalizeUrl(url);
    if (norm && isSameSite(norm, ctx.site) && !files.some((f) => f.url === norm) && files.length < SITEMAP_LIMITS.maxFiles) files.push({ url: norm, level });
  };
  ctx.robots.sitemaps.forEach((url) => addFile(url, 0));
  if (!ctx.options.respectRobots || ctx.robots.isAllowed(guessed)) addFile(guessed, 0);

  const found: string[] = [];
  for (let i = 0; i < files.length; i++) {
    if (ctx.aborted() || ctx.time.stops()) return [];
    const file = files[i]!;
    const xml = await fetchText(ctx, file.url);
    if (xml === undefined) continue;
    const { urls, sitemaps } = parseSitemap(xml);
    found.push(...urls);
    // An index lists sitemaps; follow it one level only (an index of indexes is not followed),
    // pages' sitemaps before those of posts, products and media, since the file count is bounded.
    if (file.level === 0) byLikelyPages(sitemaps).forEach((url) => addFile(url, 1));
  }
  return found;
}

/** The contact-like same-site pages among `found` that the crawl has not met, best first, bounded. */
export function unlinkedContactPages(ctx: CrawlContext, found: string[]): string[] {
  const unlinked = new Set<string>();
  for (const raw of found) {
    const url = normalizeUrl(raw);
    if (url && isSameSite(url, ctx.site) && !ctx.isKnown(url)) unlinked.add(url);
  }
  return [...unlinked]
    .map((url, i) => ({ url, i, weight: urlContactWeight(url) }))
    .filter((c) => c.weight >= MIN_WEIGHT)
    .sort((a, b) => b.weight - a.weight || a.i - b.i)
    .slice(0, MAX_SITEMAP_ONLY)
    .map((c) => c.url);
}

/**
 * Child sitemaps named for posts, products, media or tags rarely list a contact page: their names'
 * words in every language pack (locale/packs/crawl/*: sitemapListings), anywhere in the URL.
 */
const LISTING_WORDS = packUnion(CRAWL_PACKS, (p) => p.crawl.sitemapListings);
const UNLIKELY_CHILD = new RegExp(LISTING_WORDS, 'i');

function byLikelyPages(urls: string[]): string[] {
  return [...urls.filter((u) => !UNLIKELY_CHILD.test(u)), ...urls.filter((u) => UNLIKELY_CHILD.test(u))];
}

/** A sitemap's text, or undefined. A missing sitemap is normal; other failures are recorded. */
async function fetchText(ctx: CrawlContext, url: string): Promise<string | undefined> {
  try {
    const res = await ctx.request(url, ctx.fetchOptions(), 'background');
    if (res.status === 404 || res.status === 410) return undefined;
    if (res.status >= 400 || res.offSiteRedirect) {
      ctx.error({ url, kind: res.offSiteRedirect ? 'redirect-off-site' : 'http', status: res.status, message: `sitemap: HTTP ${res.status}` });
      return undefined;
    }
    return res.body;
  } catch (err) {
    if (ctx.aborted() || err instanceof DeadlineReached) return undefined;
    const kind = err instanceof FetchFailure ? err.kind : 'other';
    ctx.error({ url, kind, message: `sitemap: ${err instanceof Error ? err.message : String(err)}`.slice(0, 500) });
    return undefined;
  }
}
