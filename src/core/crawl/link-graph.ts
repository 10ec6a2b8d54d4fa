import type { CrawledPage } from './crawl-types.js';

/**
 * The links the crawl saw, kept compact for shortest-paths.ts, which walks them once the crawl
 * ends: a link is two numbers, its target's page key and its text each stored once for the whole
 * crawl. The pages need not keep their links for it: a 10,000-page crawl of a shop with a
 * 200-link mega-menu sees about 2.4 million links, some 100 bytes each as objects, and the same menu
 * URLs and words on every page (issue #12, bench/footprint-bench.ts).
 */
export class LinkGraph {
  /** Page key → id, and the page read under that key (its own URL's, or the URL a redirect started from). */
  private readonly keyIds = new Map<string, number>();
  private readonly pageOfId: (CrawledPage | undefined)[] = [];
  private readonly textIds = new Map<string, number>();
  private readonly texts: string[] = [];
  /** Per page: its <meta refresh> target's id (-1: none), then (target id, text id) per distinct target, in document order. */
  private readonly edges = new Map<CrawledPage, Int32Array>();

  /** `page` answers for `key`: a later page for the same key replaces it. */
  notePage(key: string, page: CrawledPage): void {
    this.pageOfId[this.idOf(key)] = page;
  }

  /**
   * The clicks `page` offers: its <meta refresh> (followed without a click), then its links in
   * document order, with their targets' page keys (`keys[i]` for `links[i]`). A target linked twice
   * keeps its first link: the first claims it (shortest-paths.ts).
   */
  setLinks(page: CrawledPage, refreshKey: string | undefined, links: readonly { text: string }[], keys: readonly string[]): void {
    const row = [refreshKey === undefined ? -1 : this.idOf(refreshKey)];
    const seen = new Set<number>();
    links.forEach((link, i) => {
      const id = this.idOf(keys[i] as string);
      if (seen.has(id)) return;
      seen.add(id);
      row.push(id, this.textIdOf(link.text));
    });
    this.edges.set(page, Int32Array.from(row));
  }

  /** The pages read that `page` leads to, in its order: the refresh target (0 clicks, no text), then each link's (1 click). */
  forEachTarget(page: CrawledPage, visit: (target: CrawledPage, clicks: 0 | 1, text?: string) => void): void {
    const row = this.edges.get(page);
    if (!row) return;
    const refresh = row[0] === undefined || row[0] < 0 ? undefined : this.pageOfId[row[0]];
    if (refresh) visit(refresh, 0);
    for (let i = 1; i + 1 < row.length; i += 2) {
      const target = this.pageOfId[row[i] as number];
      if (target) visit(target, 1, this.texts[row[i + 1] as number]);
    }
  }

  private idOf(key: string): number {
    let id = this.keyIds.get(key);
    if (id === undefined) this.keyIds.set(key, (id = this.keyIds.size));
    return id;
  }

  private textIdOf(text: string): number {
    let id = this.textIds.get(text);
    if (id === undefined) {
      this.textIds.set(text, (id = this.texts.length));
      this.texts.push(text);
    }
    return id;
  }
}
