import type { Failure } from '../outcome/failure.js';
import type { MessageRef } from '../i18n/message-format.js';
import type { RedirectRecord } from '../report/redirect-record.js';
import type { CrawlError } from '../report/schema.js';
import type { PageAnalysis } from '../types.js';

/**
 * What a fetcher returns. The fetcher lives at the edge (Node http in the CLI, fetch in the
 * content script) and makes exactly one request: it never follows a redirect, it hands the 3xx
 * back in `redirect`, and the crawl decides (redirects.ts).
 */
export interface FetchResult {
  /** URL requested (by the crawl: the first URL of a redirect chain). */
  requestedUrl: string;
  /** The URL that answered (after the redirects the crawl followed). */
  url: string;
  status: number;
  /** Lower-cased media type without parameters ('text/html'), '' if absent. */
  contentType: string;
  /** Decoded text (the fetcher decodes by header/meta charset); '' for non-text. */
  body: string;
  /** True when the body was cut at maxBytes. */
  truncated: boolean;
  /** The response headers bot protection is recognised by (CHALLENGE_HEADERS), lower-cased; no others are kept. */
  headers?: Record<string, string>;
  /**
   * Set by a fetcher for a 3xx answer: the absolute target of its Location header, or no location
   * when the browser hides it (fetch's opaque redirect). Never requested by the fetcher.
   */
  redirect?: { location?: string };
  /** Set by the crawl: a redirect whose target is on another site: recorded, never requested. */
  offSiteRedirect?: string;
  /** Set by the crawl: a redirect it refused to follow (redirects.ts): the target was never requested. */
  refusedRedirect?: { url?: string; reason: string };
}

export interface FetchOptions {
  timeoutMs: number;
  maxBytes: number;
  /** The site's origins (host and its www twin): the only origins the crawl requests. */
  allowedOrigins: string[];
}

/**
 * Fetch one URL as an anonymous visitor: no cookies, no credentials, one request, no redirect
 * followed. Resolves for every HTTP status; rejects only for network failures and timeouts (with
 * a FetchFailure).
 */
export type Fetcher = (url: string, opts: FetchOptions) => Promise<FetchResult>;

/**
 * JavaScript media types a fetcher reads the body of, besides text and XML: the crawl reads the site's
 * own tag manager containers (crawl/tag-containers.ts). RFC 9239 names text/javascript; servers still send these.
 */
export const SCRIPT_CONTENT_TYPES: ReadonlySet<string> = new Set(['application/javascript', 'application/x-javascript', 'application/ecmascript']);

export const FETCH_FAILURE_KINDS = ['network', 'timeout', 'too-large', 'other'] as const;
export type FetchFailureKind = (typeof FETCH_FAILURE_KINDS)[number];

export class FetchFailure extends Error {
  constructor(
    message: string,
    readonly kind: FetchFailureKind,
  ) {
    super(message);
    this.name = 'FetchFailure';
  }
}

export interface CrawlOptions {
  maxDepth: number;
  maxPages: number;
  concurrency: number;
  timeoutMs: number;
  maxBytes: number;
  respectRobots: boolean;
  /** Override the inferred country for phone parsing (ISO alpha-2). */
  country?: string;
  /** Read sitemap.xml for contact pages that exist but are not linked within the depth. */
  useSitemap: boolean;
  /**
   * Order of the crawl: 'best-first' (default) reads contact-like links first, across depths
   * (link-priority.ts); 'breadth-first' reads by depth in document order (the benchmark's exhaustive baseline).
   */
  strategy?: 'best-first' | 'breadth-first';
  /**
   * The shopper's language (a BCP 47 tag such as "de-AT"): on a site with language folders
   * (/en/, /de/) the pages of other languages are read last. Absent: the start page's language.
   */
  language?: string;
  /**
   * The start page's registrable domain by the Public Suffix List ("vendor.co.uk"), computed at the
   * edge (tldts: the CLI, the extension's popup). Its other hosts (support.vendor.co.uk) are the
   * vendor's (vendor-hosts.ts). Absent: only the help-desk platforms' hosts are recognised.
   */
  siteDomain?: string;
  /**
   * What to do with the vendor's other hosts: 'read' them like the site (the CLI), or 'list' them
   * in the report as not read, with the path to them (the extension, whose tab may not read another origin).
   */
  vendorHosts?: 'read' | 'list';
  /**
   * With vendorHosts 'list': the vendor's other hosts that are read all the same ("help.vendor.com"),
   * because the shopper let the extension read them (a host permission names no port, so neither does this).
   */
  readableHosts?: string[];
  /**
   * Time budget of the whole audit in ms (crawl/time-budget.ts): past it no request is made and
   * the report, from the pages read, is partial. 0 or absent: none.
   */
  maxTimeMs?: number;
}

export const DEFAULT_CRAWL_OPTIONS: CrawlOptions = {
  // 3 clicks: beyond this a shopper has given up; OLG Braunschweig 2 U 16/25 held 3 clicks plus scrolling too much.
  maxDepth: 3,
  // 60 pages: enough to cover the contact, about, support and legal sections of a typical vendor site.
  maxPages: 60,
  // 4 at a time: polite to a small vendor's server, and close to a browser's per-host parallelism.
  concurrency: 4,
  // 10 s: a page slower than this would lose a shopper too.
  timeoutMs: 10_000,
  // 3 MB: contact pages are small; the cap bounds memory on hostile pages.
  maxBytes: 3_000_000,
  // 120 s: a 60-page audit takes seconds; one still running after two minutes is waiting on a site
  // that hangs, and a batch must move on (12 hanging pages cost that much with the defaults).
  maxTimeMs: 120_000,
  respectRobots: true,
  useSitemap: true,
  vendorHosts: 'read',
};

/** A page reached by the crawl, with how it was reached. */
export interface CrawledPage {
  url: string;
  depth: number;
  /** Page URLs from the start page to this one (inclusive). */
  path: string[];
  /** Link texts clicked along the way (path.length - 1 entries). */
  pathText: string[];
  status: number;
  analysis: PageAnalysis;
  /** Reached only through sitemap.xml, not by links within the depth. */
  viaSitemap?: boolean;
}

export interface CrawlProgress {
  pagesFetched: number;
  maxPages: number;
  depth: number;
  url: string;
  queued: number;
}

export interface CrawlResult {
  startUrl: string;
  site: string;
  pages: CrawledPage[];
  errors: CrawlError[];
  skipped: { url: string; reason: string }[];
  /** message: since schema 2.2.0, the reason as a catalogue message. */
  sitemapOnly: { url: string; reason: string; message?: MessageRef }[];
  options: CrawlOptions;
  country?: string;
  /** Set when the crawl could not do what was asked (start page unreachable, cancelled). */
  partialReason?: string;
  /** Since schema 2.2.0: partialReason as a catalogue message, where the engine gave one. */
  partialMessage?: MessageRef;
  /** Set when the start page could not be read: the audit failed and has no scores. */
  failure?: Failure;
  /** Every redirect met and what became of it (first MAX_REDIRECT_RECORDS). */
  redirects?: RedirectRecord[];
  /**
   * Depths are fewest clicks up to this depth; deeper ones are the shortest path the crawl found
   * (the budget left shallower pages unread). Absent: every depth is exact.
   */
  depthsExactTo?: number;
  /** The vendor's other hosts the links led to (vendor-hosts.ts): read or not, and the path to the first link. */
  vendorHosts?: VendorHostRecord[];
}

export interface VendorHostRecord {
  host: string;
  why: 'subdomain' | 'help-desk';
  read: boolean;
  /** The first link to it and the pages clicked to get there. */
  url: string;
  path: string[];
  pathText: string[];
}
