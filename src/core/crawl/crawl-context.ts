import type { CrawlError } from '../report/schema.js';
import type { CrawlHooks } from './crawler.js';
import type { CrawlOptions, CrawlResult, FetchOptions, Fetcher } from './crawl-types.js';
import { CrawlTrapGuard } from './crawl-trap.js';
import { clip } from './fetch-page.js';
import { infrastructureReason } from './infrastructure-path.js';
import { nonHtmlExtension } from './non-html-extension.js';
import { ALLOW_ALL, type RobotsRules } from './robots-txt.js';
import { isSameSite, onOrigin, pageKey, siteOrigins } from './same-site.js';
import { stateChangingReason } from './state-changing-link.js';

/** One crawl's shared state: what is known, what was spent, what went wrong. */
export class CrawlContext {
  readonly result: CrawlResult;
  /** Origin of the final start URL, once the start page answered. */
  site: string;
  siteCountry?: string;
  robots: RobotsRules = ALLOW_ALL;
  /** Page keys (see same-site.ts) queued, skipped or fetched: each page is considered once. */
  readonly known = new Set<string>();
  /** Page keys of final URLs analysed (after redirects). */
  readonly analysed = new Set<string>();
  /** Page requests started: the maxPages budget. robots.txt and sitemaps do not count. */
  requests = 0;
  /** Page requests finished, for progress. */
  finished = 0;
  /** True when pages were left unvisited for lack of budget. */
  budgetCut = false;
  cancelled = false;
  private readonly traps = new CrawlTrapGuard();

  constructor(
    readonly startUrl: string,
    readonly options: CrawlOptions,
    readonly fetcher: Fetcher,
    readonly hooks: CrawlHooks,
  ) {
    this.site = startUrl;
    this.result = { startUrl, site: startUrl, pages: [], errors: [], skipped: [], sitemapOnly: [], options };
  }

  fetchOptions(): FetchOptions {
    return { timeoutMs: this.options.timeoutMs, maxBytes: this.options.maxBytes, allowedOrigins: siteOrigins(this.site) };
  }

  /** Checked before each request; remembers the answer so the result says 'cancelled'. */
  aborted(): boolean {
    if (this.hooks.signal?.aborted) this.cancelled = true;
    return this.cancelled;
  }

  hasBudget(): boolean {
    return this.requests < this.options.maxPages;
  }

  error(e: CrawlError): void {
    this.result.errors.push(e);
  }

  skip(url: string, reason: string): void {
    this.result.skipped.push({ url: clip(url), reason });
  }

  /** Seen before (by page key)? Does not record. */
  isKnown(url: string): boolean {
    return this.known.has(pageKey(url));
  }

  /**
   * Decide once per page whether it may be requested; records the reason when not.
   * Order matters: the trap guard counts variants, so it only sees links every other rule let through.
   */
  admit(url: string, text: string): boolean {
    const key = pageKey(url);
    if (this.known.has(key)) return false;
    this.known.add(key);
    const reason = this.skipReason(url, text);
    if (reason) this.skip(url, reason);
    return !reason;
  }

  private skipReason(url: string, text: string): string | undefined {
    if (!isSameSite(url, this.site)) return 'off-site';
    const ext = nonHtmlExtension(url);
    if (ext) return `not HTML (.${ext})`;
    const action = stateChangingReason(url, text) ?? infrastructureReason(url);
    if (action) return action;
    if (this.options.respectRobots && !this.robotsAllow(url)) return 'disallowed by robots.txt';
    return this.traps.check(url);
  }

  /**
   * robots.txt rules are per origin: a www/http twin is judged by the site's own file. Normalising
   * dropped a trailing slash, so "Disallow: /private/" must also stop "/private" (and the crawler
   * may ask for "/private/" when "/private" is missing).
   */
  private robotsAllow(url: string): boolean {
    const onSite = onOrigin(url, this.site);
    const u = new URL(onSite);
    const slashed = u.pathname.endsWith('/') ? undefined : `${u.origin}${u.pathname}/${u.search}`;
    return this.robots.isAllowed(onSite) && (!slashed || this.robots.isAllowed(slashed));
  }
}
