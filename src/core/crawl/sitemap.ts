import * as cheerio from 'cheerio/slim';

/** The limits of reading sitemaps: enough for a vendor site's pages, bounded against hostile ones. */
export const SITEMAP_LIMITS = {
  // A sitemap file holds at most 50,000 URLs (sitemaps.org protocol); contact pages are among the first thousands.
  maxUrlsPerFile: 10_000,
  // Sitemap index files are followed one level, and only this many of their children (plus /sitemap.xml and robots' lines).
  maxFiles: 10,
} as const;

export interface ParsedSitemap {
  /** <urlset><url><loc> entries. */
  urls: string[];
  /** <sitemapindex><sitemap><loc> entries: child sitemaps. */
  sitemaps: string[];
}

/** Read a sitemap or sitemap index (sitemaps.org 0.9). Malformed XML yields what parsed; never throws. */
export function parseSitemap(xml: string): ParsedSitemap {
  const $ = cheerio.load(xml, { xml: true });
  const locs = (selector: string): string[] =>
    $(selector)
      .slice(0, SITEMAP_LIMITS.maxUrlsPerFile)
      .map((_, el) => $(el).text().trim())
      .get()
      .filter((loc: string) => /^https?:\/\//i.test(loc));
  return { urls: locs('urlset > url > loc'), sitemaps: locs('sitemapindex > sitemap > loc') };
}
