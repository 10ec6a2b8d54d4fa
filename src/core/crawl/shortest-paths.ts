import type { CrawledPage } from './crawl-types.js';
import type { LinkGraph } from './link-graph.js';
import { contactWordScore } from './link-rank.js';
import { META_REFRESH_TEXT } from './visit-page.js';

/**
 * After a best-first crawl, give every page read its fewest clicks among the links the crawl saw,
 * whatever order the pages arrived in. A page read early through a long path ("About" → "Company"
 * → "Contacts", 3) may turn out to be linked from a menu page read later (2): the shorter path
 * wins, and so do the pages below it. Between parents at the same depth, the one reached by the
 * more contact-like link gives the path ("Kontakt" → "Team" rather than "Products" → "Team"), so
 * the path shown does not depend on which server answered first. A <meta refresh> costs no click.
 *
 * Breadth-first from the start page over the pages read, a bucket per depth; `graph` holds every
 * page's links and maps every URL a page was asked for or ended on (a redirect's two ends) to the
 * page. Pages the links do not reach (read through sitemap.xml) keep what they have. Pages are
 * changed in place.
 */
export function shortenPaths(home: CrawledPage, graph: LinkGraph): void {
  const settled = new Set<CrawledPage>([home]);
  const buckets: CrawledPage[][] = [[home]];
  const claim = (parent: CrawledPage, target: CrawledPage, depth: number, text: string): void => {
    if (settled.has(target)) return;
    settled.add(target);
    target.depth = depth;
    target.path = [...parent.path, target.url];
    target.pathText = [...parent.pathText, text];
    delete target.viaSitemap;
    (buckets[depth] ??= []).push(target);
  };
  for (let depth = 0; depth < buckets.length; depth++) {
    const bucket = buckets[depth] ?? [];
    // Parents by the words of the link that reached them, best first; the sort is stable.
    if (depth > 0) bucket.sort((a, b) => lastLinkScore(b) - lastLinkScore(a));
    // A refresh target joins this same bucket as it is walked (no click to get there).
    for (let i = 0; i < bucket.length; i++) {
      const page = bucket[i] as CrawledPage;
      graph.forEachTarget(page, (target, clicks, text) => claim(page, target, depth + clicks, text ?? META_REFRESH_TEXT));
    }
  }
}

function lastLinkScore(page: CrawledPage): number {
  return contactWordScore({ url: page.url, text: page.pathText[page.pathText.length - 1] ?? '' });
}

/**
 * Up to which depth the reported depths are exact. Depth 1 is exactly the start page's links; if
 * every page of known depth below d was read, every page of true depth d is known, and a page
 * first seen on one of them is exactly d + 1. So depths are exact up to one more than the
 * shallowest page left unread (undefined: every page within reach was read, all exact).
 */
export function exactDepthLimit(unreadDepths: number[]): number | undefined {
  // A loop, not Math.min(...): a whole crawl's leftovers can outnumber the arguments a call takes.
  let least = Infinity;
  for (const d of unreadDepths) least = Math.min(least, d);
  return least === Infinity ? undefined : least + 1;
}
