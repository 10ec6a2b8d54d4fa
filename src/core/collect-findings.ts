import type { CrawlResult } from './crawl/crawl-types.js';
import { contactKey, mergeFlags } from './finding-key.js';
import type { Finding } from './report/schema.js';
import type { Flag } from './flags.js';

/**
 * One finding per contact and role across the site, kept where it is fewest clicks away.
 * Pages are visited depth-layer by depth-layer, so the first page at the lowest depth wins;
 * a contact also seen deeper only adds its flags. Pages reached only via sitemap.xml come last
 * and add only contacts that no click reached (flagged 'sitemap-only'): a footer repeated on
 * such a page says nothing new.
 */
export function collectFindings(crawl: CrawlResult): Finding[] {
  const best = new Map<string, Finding>();
  const reachedByClicks = new Set<string>();
  const pages = [...crawl.pages].sort((a, b) => Number(!!a.viaSitemap) - Number(!!b.viaSitemap) || a.depth - b.depth);
  for (const page of pages) {
    for (const f of page.analysis.findings) {
      const contact = contactKey(f);
      if (page.viaSitemap && reachedByClicks.has(contact)) continue;
      if (!page.viaSitemap) reachedByClicks.add(contact);
      const key = `${contact}\u0000${f.role}`;
      const seen = best.get(key);
      if (seen) {
        seen.flags = mergeFlags(seen.flags, f.flags);
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
        flags: page.viaSitemap ? [...new Set<Flag>([...f.flags, 'sitemap-only'])] : [...f.flags],
        ...(f.context !== undefined ? { context: f.context } : {}),
        ...(f.region !== undefined ? { region: f.region } : {}),
      });
    }
  }
  return [...best.values()].sort((a, b) => a.depth - b.depth || a.kind.localeCompare(b.kind));
}
