import type { CrawlOptions, CrawlProgress, CrawlResult, CrawledPage, Fetcher } from './crawl-types.js';

export interface CrawlHooks {
  onProgress?: (p: CrawlProgress) => void;
  onPage?: (page: CrawledPage) => void;
  /** Checked between requests; when true the crawl stops and returns what it has (partial). */
  signal?: { readonly aborted: boolean };
}

// Placeholder until the crawler lands.
export async function crawlSite(startUrl: string, options: CrawlOptions, _fetcher: Fetcher, _hooks: CrawlHooks = {}): Promise<CrawlResult> {
  const site = new URL(startUrl).origin;
  return { startUrl, site, pages: [], errors: [], skipped: [], sitemapOnly: [], options, partialReason: 'crawler not built yet' };
}
