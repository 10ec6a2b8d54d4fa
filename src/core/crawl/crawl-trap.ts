// Endless URL spaces: a calendar that always links to the next day, facet filters that combine
// without end, pagination, relative links that stack path segments. Each is cut at a small cap:
// none of them is where a vendor puts its contacts, and the crawl budget is for pages that are.
import { CRAWL_PACKS } from '../locale/crawl-packs.js';
import { packUnion } from '../locale/pack-pattern.js';

/** The caps, as data. */
export const TRAP_LIMITS = {
  // Browsers and CDNs accept ~2 KB URLs everywhere (the sitemaps protocol caps a URL at 2,048 chars); longer ones are generated.
  maxUrlLength: 2000,
  // Facets: 5 query variants of one path cover a listing's sort orders; more are filter combinations.
  maxQueryVariantsPerPath: 5,
  // Calendars: 3 dates of one calendar show its layout; every further day is the same page.
  maxDateVariantsPerTemplate: 3,
  // Pagination: contacts sit in the header/footer every page repeats, so pages past 3 add nothing.
  maxPageNumber: 3,
  // A segment three times in one path (/a/b/a/b/a/b) is a relative-link loop, not a real page.
  maxSegmentRepeats: 2,
} as const;

/** Year-month(-day) in a path: /2024/05/12, /2024-05, /2024/5. */
const DATE_IN_PATH = /(?<![\d])(19|20)\d\d[-/](0?[1-9]|1[0-2])(?:[-/](0?[1-9]|[12]\d|3[01]))?(?![\d])/g;
/**
 * Query keys that select a date (calendars, event lists): every language pack's words
 * (locale/packs/crawl/*: calendarKeys), and two conventions that are no word: iCalendar's "ical"
 * and The Events Calendar's (WordPress) "tribe-bar-date".
 */
const DATE_KEYS = new RegExp(`^(${packUnion(CRAWL_PACKS, (p) => p.crawl.calendarKeys)}|ical|tribe-bar-date)$`, 'i');
const PAGE_WORDS = packUnion(CRAWL_PACKS, (p) => p.crawl.page);
/**
 * Query keys that select a page of a listing: the packs' words for "page", and the parameter names
 * of software, no word of a language (WordPress's "paged"; "pg", "pagenum", "pageno", "page_no").
 */
const PAGE_KEYS = new RegExp(`^(${PAGE_WORDS}|pg|paged|pagenum|page_no|pageno)$`, 'i');
/** The packs' "page" before a page number in a path ("/page/4", "/seite/4"), on the path as sent (percent-encoded). */
const PAGE_IN_PATH = new RegExp(`\\/(${PAGE_WORDS})\\/(?<n>\\d+)(\\/|$)`, 'i');

export class CrawlTrapGuard {
  private readonly queryVariants = new Map<string, Set<string>>();
  private readonly dateVariants = new Map<string, Set<string>>();

  /**
   * Why `url` is part of an endless URL space, or undefined. Stateful: counts variants, so call
   * it once per distinct URL, in crawl order.
   */
  check(url: string, parsed?: URL): string | undefined {
    if (url.length > TRAP_LIMITS.maxUrlLength) return `URL longer than ${TRAP_LIMITS.maxUrlLength} characters`;
    let u: URL;
    try {
      u = parsed ?? new URL(url);
    } catch {
      return undefined;
    }
    // forEach, not the iterators: in a Firefox content script the page's URL objects are Xray-wrapped
    // and their iterators throw ("not safely Xrayable"); forEach crosses the wrapper.
    const params: [string, string][] = [];
    u.searchParams.forEach((value, key) => params.push([key, value]));
    const segments = u.pathname.split('/').filter(Boolean);
    const counts = new Map<string, number>();
    for (const s of segments) counts.set(s, (counts.get(s) ?? 0) + 1);
    if ([...counts.values()].some((n) => n > TRAP_LIMITS.maxSegmentRepeats)) return 'repeated path segments (a link loop)';

    const pathPage = Number(u.pathname.match(PAGE_IN_PATH)?.groups?.n ?? 0);
    const queryPage = Math.max(0, ...params.filter(([k]) => PAGE_KEYS.test(k)).map(([, v]) => Number.parseInt(v, 10) || 0));
    if (Math.max(pathPage, queryPage) > TRAP_LIMITS.maxPageNumber) return `pagination beyond page ${TRAP_LIMITS.maxPageNumber}`;

    const origin = `${u.host}`;
    const hasDate = u.pathname.search(DATE_IN_PATH) >= 0 || params.some(([k]) => DATE_KEYS.test(k));
    if (hasDate) {
      const template = `${origin}${u.pathname.replace(DATE_IN_PATH, '{date}')}?${params
        .map(([k, v]) => (DATE_KEYS.test(k) ? `${k}={date}` : `${k}=${v}`))
        .sort()
        .join('&')}`;
      if (!this.admit(this.dateVariants, template, url, TRAP_LIMITS.maxDateVariantsPerTemplate)) {
        return `calendar: more than ${TRAP_LIMITS.maxDateVariantsPerTemplate} dates of ${u.pathname.replace(DATE_IN_PATH, '{date}')}`;
      }
    }
    if (u.search && !this.admit(this.queryVariants, `${origin}${u.pathname}`, u.search, TRAP_LIMITS.maxQueryVariantsPerPath)) {
      return `more than ${TRAP_LIMITS.maxQueryVariantsPerPath} query variants of ${u.pathname} (filters or facets)`;
    }
    return undefined;
  }

  /** Record `variant` under `key`; false when the key already has `cap` other variants. */
  private admit(map: Map<string, Set<string>>, key: string, variant: string, cap: number): boolean {
    let seen = map.get(key);
    if (!seen) map.set(key, (seen = new Set()));
    if (seen.has(variant)) return true;
    if (seen.size >= cap) return false;
    seen.add(variant);
    return true;
  }
}
