import { getDomain } from 'tldts';

/**
 * The registrable domain of a start URL by the Public Suffix List (tldts keeps a current copy,
 * private suffixes included: shop.myshopify.com is its own site, not myshopify.com's), so the
 * crawl can tell the vendor's other hosts (support.vendor.co.uk) from other sites. Undefined for
 * IP addresses and single-label hosts such as localhost.
 */
/** `siteDomain` for CrawlOptions, or nothing. Read at the edges (the CLI, the extension's worker), so the content script carries no list. */
export function siteDomainOption(startUrl: string): { siteDomain?: string } {
  const siteDomain = siteDomainOf(startUrl);
  return siteDomain ? { siteDomain } : {};
}

export function siteDomainOf(startUrl: string): string | undefined {
  try {
    return getDomain(new URL(startUrl).hostname, { allowPrivateDomains: true }) ?? undefined;
  } catch {
    return undefined;
  }
}
