import { reasonOf, type Reason } from '../outcome/reason.js';
import { MAX_REDIRECT_RECORDS, type RedirectRecord } from '../report/redirect-record.js';
import type { CrawlError } from '../report/schema.js';
import type { CrawlHooks } from './crawler.js';
import { FetchFailure, type CrawlOptions, type CrawlResult, type FetchOptions, type FetchResult, type Fetcher } from './crawl-types.js';
import { CrawlTrapGuard } from './crawl-trap.js';
import { clip } from './fetch-page.js';
import { hiddenRedirectGuesses } from './hidden-redirect-guesses.js';
import { infrastructureReason } from './infrastructure-path.js';
import { nonHtmlExtension } from './non-html-extension.js';
import { withoutCredentials } from './normalize-url.js';
import { fetchFollowing, type RedirectPolicy } from './redirects.js';
import { RequestSlots } from './request-slots.js';
import { ALLOW_ALL, type RobotsRules } from './robots-txt.js';
import { onOrigin, pageKey, sameSiteAs, siteOrigins } from './same-site.js';
import { stateChangingReason } from './state-changing-link.js';
import { VendorHostPolicy } from './vendor-host-policy.js';
import { DeadlineReached, TimeBudget } from './time-budget.js';

/** One crawl's shared state: what is known, what was spent, what went wrong. */
export class CrawlContext {
  readonly result: CrawlResult;
  /** Origin of the final start URL, once the start page answered. */
  site: string;
  /** The start page's final URL, once it answered: where a hidden redirect's likely targets are guessed from. */
  homeUrl?: string;
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
  /** Pages of the running layer not yet requested: background requests (sitemaps) wait while there are any. */
  queuedPages = 0;
  /** `concurrency` requests in flight at most, robots.txt and sitemaps included. */
  readonly slots: RequestSlots;
  /** The audit's deadline (options.maxTimeMs), counted from the crawl's start. */
  readonly time: TimeBudget;
  /** Page keys of final URLs that turned out soft 404s: another link redirected there is one too. */
  readonly softNotFound = new Map<string, string>();
  private readonly traps = new CrawlTrapGuard();
  /** The vendor's other hosts: which host a link is on, whether it is read, their robots.txt. */
  readonly vendors: VendorHostPolicy;
  /** Pages reached by a contact link: how many were read, and the errors of those that were not. */
  private readonly contactPages = { read: 0, failed: [] as CrawlError[] };

  constructor(
    readonly startUrl: string,
    readonly options: CrawlOptions,
    readonly fetcher: Fetcher,
    readonly hooks: CrawlHooks,
  ) {
    // Credentials in the start URL are never sent (normalizeUrl drops them) nor reported.
    const given = withoutCredentials(startUrl);
    this.site = given;
    this.result = { startUrl: given, site: given, pages: [], errors: [], skipped: [], sitemapOnly: [], redirects: [], options };
    this.slots = new RequestSlots(options.concurrency, () => this.queuedPages > 0);
    this.time = new TimeBudget(options.maxTimeMs);
    this.vendors = new VendorHostPolicy(options, () => (this.result.vendorHosts ??= []));
  }

  /**
   * Every request of the crawl goes through here, so `concurrency` bounds them all. Background
   * requests (sitemaps, which no page waits for) take a slot only when no page of the running
   * layer is waiting for one: they fill the part-empty last round of a layer.
   * The deadline is enforced here too: no request once it has passed (DeadlineReached), and a
   * request is given no more than the time left. Pages also look for a hidden redirect's page
   * (redirects.ts); robots.txt and sitemaps do not.
   */
  async request(url: string, opts: FetchOptions, kind: 'page' | 'background' | 'other' = 'other'): Promise<FetchResult> {
    const background = kind === 'background';
    await this.slots.acquire(background);
    // A background request that waited past the user's stop is not made.
    if (background && this.aborted()) {
      this.slots.release();
      throw new FetchFailure('cancelled', 'other');
    }
    if (this.time.stops()) {
      this.time.notMade++;
      this.slots.release();
      throw new DeadlineReached(this.time.maxTimeMs);
    }
    const left = this.time.left();
    const cut = left < opts.timeoutMs;
    try {
      return await fetchFollowing(
        this.fetcher,
        url,
        cut ? { ...opts, timeoutMs: Math.max(1, Math.ceil(left)) } : opts,
        kind === 'page' ? this.pageRedirects : this.otherRedirects,
      );
    } catch (err) {
      // Timed out on the time left, not on the site's own timeout: the deadline's doing.
      if (cut && err instanceof FetchFailure && err.kind === 'timeout') {
        this.time.usedUp = true;
        this.time.cutShort++;
        throw new DeadlineReached(this.time.maxTimeMs);
      }
      throw err;
    } finally {
      this.slots.release();
    }
  }

  /** The fetcher as pages see it: through the slots. */
  readonly pageFetcher: Fetcher = (url, opts) => this.request(url, opts, 'page');

  /** A redirect is a click the server makes for us: the rules for links apply to it too. */
  private readonly otherRedirects: RedirectPolicy = {
    refuse: (url) => this.redirectRefusal(url),
    guesses: () => [],
    record: (r) => this.recordRedirect(r),
  };

  /** For pages, a redirect the browser hides is looked for at its likely same-origin targets. */
  private readonly pageRedirects: RedirectPolicy = {
    ...this.otherRedirects,
    guesses: (url) => hiddenRedirectGuesses(url, this.homeUrl ?? this.result.startUrl),
  };

  private recordRedirect(r: RedirectRecord): void {
    const list = (this.result.redirects ??= []);
    if (list.length < MAX_REDIRECT_RECORDS)
      list.push({ ...r, from: clip(r.from), ...(r.to ? { to: clip(r.to) } : {}), ...(r.foundAt ? { foundAt: clip(r.foundAt) } : {}) });
  }

  /** Why a redirect target on the site must not be requested: the rules for links, but for the link text. */
  private redirectRefusal(url: string): string | undefined {
    const parsed = parseUrl(url);
    if (!parsed) return 'not a URL';
    const ext = nonHtmlExtension(parsed);
    // robots.txt and sitemaps are XML or text: only pages are refused by their extension.
    if (ext && !/^(xml|txt)$/.test(ext)) return `not HTML (.${ext})`;
    const action = stateChangingReason(parsed, '') ?? infrastructureReason(parsed);
    if (action) return action;
    if (this.options.respectRobots && !this.robotsAllow(url)) return 'disallowed by robots.txt';
    return undefined;
  }

  /** For a page on one of the vendor's other hosts, redirects may stay on that host too. */
  fetchOptions(url?: string): FetchOptions {
    const parsed = url ? parseUrl(url) : undefined;
    const other = parsed && this.vendors.hostOf(parsed, this.site) ? siteOrigins(parsed.origin) : [];
    return { timeoutMs: this.options.timeoutMs, maxBytes: this.options.maxBytes, allowedOrigins: [...siteOrigins(this.site), ...other] };
  }

  /** The links a page of this crawl may lead to: the site, and the vendor's other hosts (listed, if not read). */
  readonly linkScope = (url: URL): boolean => this.onSite(url) || this.vendors.hostOf(url, this.site) !== undefined;

  /** Checked before each request; remembers the answer so the result says 'cancelled'. */
  aborted(): boolean {
    if (this.hooks.signal?.aborted) this.cancelled = true;
    return this.cancelled;
  }

  /**
   * A page a contact link led to: read, or not. Only failures that kept the audit from seeing the
   * page count against it (the server's errors, time, bot protection); a 404 or a soft 404 is the
   * site's own answer, a broken contact link the score should see, not a gap in the audit.
   */
  noteContactPage(_url: string, error: CrawlError | undefined): void {
    if (!error) this.contactPages.read++;
    else if (unreadable(error)) this.contactPages.failed.push(error);
  }

  /** Set when every page a contact link led to failed: the audit could not see the contacts it looked for. */
  contactPagesFailed(): Reason | undefined {
    const { read, failed } = this.contactPages;
    if (read > 0 || failed.length === 0) return undefined;
    const why = [...new Set(failed.map((e) => e.message))].slice(0, 3).join('; ');
    return reasonOf('reason_contact_pages_failed', { failed: String(failed.length), errors: why });
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
    const parsed = parseUrl(url);
    return this.ruleReason(url, text, parsed) ?? this.traps.check(url, parsed);
  }

  /** The stateless rules. The URL is parsed once for all of them: a layer checks hundreds of links. */
  private ruleReason(url: string, text: string, parsed = parseUrl(url)): string | undefined {
    if (!parsed) return 'off-site';
    if (!this.onSite(parsed)) {
      const other = this.vendors.hostOf(parsed, this.site);
      if (!other) return 'off-site';
      const read = this.vendors.mayRead(parsed);
      this.vendors.note(other, url, read);
      if (!read) return `the vendor's ${other.why === 'help-desk' ? 'help desk' : 'other host'} ${other.host}: not read here`;
    }
    const ext = nonHtmlExtension(parsed);
    if (ext) return `not HTML (.${ext})`;
    const action = stateChangingReason(parsed, text) ?? infrastructureReason(parsed);
    if (action) return action;
    if (this.options.respectRobots && !this.robotsAllow(url)) return 'disallowed by robots.txt';
    return undefined;
  }

  private sameSite?: { site: string; test: (url: URL) => boolean };
  /** isSameSite(url, this.site), with the site parsed once per site (it moves only after the start page). */
  onSite(url: URL): boolean {
    if (this.sameSite?.site !== this.site) this.sameSite = { site: this.site, test: sameSiteAs(this.site) };
    return this.sameSite.test(url);
  }

  /**
   * robots.txt rules are per origin: a www/http twin is judged by the site's own file. Normalising
   * dropped a trailing slash, so "Disallow: /private/" must also stop "/private" (and the crawler
   * may ask for "/private/" when "/private" is missing).
   */
  robotsAllow(url: string): boolean {
    const parsed = parseUrl(url);
    const other = parsed && !this.onSite(parsed) ? this.vendors.robots.get(parsed.origin) : undefined;
    // Another host of the vendor's whose robots.txt is not read yet: the crawl reads it before the page (crawler.ts).
    if (parsed && !this.onSite(parsed)) return other ? other.isAllowed(url) : true;
    if (this.robots === ALLOW_ALL) return true;
    const onSite = onOrigin(url, this.site);
    const u = new URL(onSite);
    const slashed = u.pathname.endsWith('/') ? undefined : `${u.origin}${u.pathname}/${u.search}`;
    return this.robots.isAllowed(onSite) && (!slashed || this.robots.isAllowed(slashed));
  }
}

function parseUrl(url: string): URL | undefined {
  try {
    return new URL(url);
  } catch {
    return undefined;
  }
}

/** An error that says nothing of the page, only that the audit could not read it. */
function unreadable(e: CrawlError): boolean {
  return (
    e.kind === 'network' ||
    e.kind === 'timeout' ||
    e.kind === 'blocked' ||
    (e.kind === 'http' && e.status !== undefined && (e.status >= 500 || e.status === 429))
  );
}
