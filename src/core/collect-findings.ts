import type { CrawlResult } from './crawl/crawl-types.js';
import type { Finding } from './report/schema.js';

/**
 * One finding per kind+value+role across the site, kept where it is fewest clicks away.
 * Pages are visited depth-layer by depth-layer, so the first page at the lowest depth wins;
 * a contact also seen deeper only adds its flags. Pages reached only via sitemap.xml come last
 * and mark their findings 'sitemap-only'.
 */
export function collectFindings(crawl: CrawlResult): Finding[] {
  const best = new Map<string, Finding>();
  const pages = [...crawl.pages].sort((a, b) => Number(!!a.viaSitemap) - Number(!!b.viaSitemap) || a.depth - b.depth);
  for (const page of pages) {
    for (const f of page.analysis.findings) {
      const key = `${f.kind}\u0000${f.value}\u0000${f.role}`;
      const seen = best.get(key);
      if (seen) {
        seen.flags = [...new Set([...seen.flags, ...f.flags])];
        continue;
      }
      best.set(key, {
        kind: f.kind,
        value: f.value,
        ...(f.display !== undefined ? { display: f.display } : {}),
        role: f.role,
        depth: page.depth,
        path: page.path,
        pathText: page.pathText,
        url: page.url,
        flags: page.viaSitemap ? [...new Set([...f.flags, 'sitemap-only'])] : [...f.flags],
        ...(f.context !== undefined ? { context: f.context } : {}),
        ...(f.region !== undefined ? { region: f.region } : {}),
      });
    }
  }
  return [...best.values()].sort((a, b) => a.depth - b.depth || a.kind.localeCompare(b.kind));
}
