/**
 * What went wrong, or was deliberately bounded, while crawling: the `kind` of a report's
 * crawl.errors entry. A plain list, not zod, so the extension's messages (zod/mini) share it
 * without pulling the full zod into their bundles.
 *  soft-404: answered 200 but the page says it was not found (crawl/soft-404.ts); not analysed
 *  blocked:  bot protection (Cloudflare, DataDome, a CAPTCHA wall...) answered with a challenge
 *            instead of the page (crawl/challenge-page.ts); not analysed
 *  capped:   a page listed more distinct contacts of a kind than the report keeps (crawl/page-finding-caps.ts)
 */
export const CRAWL_ERROR_KINDS = [
  'http',
  'network',
  'timeout',
  'too-large',
  'not-html',
  'redirect-off-site',
  'robots',
  'parse',
  'soft-404',
  'blocked',
  'capped',
  'other',
] as const;
export type CrawlErrorKind = (typeof CRAWL_ERROR_KINDS)[number];
