/**
 * What became of one redirect the crawl met: report.crawl.redirects. A plain list and type, not
 * zod, so the extension's messages (zod/mini) share it without the full zod (as crawl-error-kinds.ts).
 *  followed: same site and allowed as a link would be: the next hop was requested
 *  off-site:  the target is another site (or not http(s): javascript:, data:, file:): never requested
 *  refused:   the target is a URL the crawl refuses as a link (sign-out, delete, robots.txt...), a
 *             loop, one hop too many, or a Location that is not a URL: never requested
 *  hidden:    the browser does not show the target (fetch's opaque redirect): never requested;
 *             foundAt names the same-origin address where the same page was found instead, if any
 */
export const REDIRECT_OUTCOMES = ['followed', 'off-site', 'refused', 'hidden'] as const;
export type RedirectOutcome = (typeof REDIRECT_OUTCOMES)[number];

export interface RedirectRecord {
  from: string;
  to?: string;
  status: number;
  outcome: RedirectOutcome;
  reason?: string;
  foundAt?: string;
}

/** Redirects listed per report at most: a site that redirects every link must not grow the report. */
export const MAX_REDIRECT_RECORDS = 200;
