// What the progress bar shows, kept apart from drawing it so it can be tested. A site's page
// total is not known in advance: the crawl discovers links as it goes, so "read / known" falls
// when a page adds many links, and a finished site leaves the live set. The bar shows the largest
// fraction reached so far: it never moves backwards (issue #17).
import type { CrawlProgress } from '../core/crawl/crawl-types.js';

/** A running site never shows as done: its last pages may be in flight with nothing queued. */
const RUNNING_CAP = 0.99;

interface Site {
  progress: CrawlProgress;
  /** The most pages known at once (read + queued): links found do not disappear, so the estimate only grows. */
  known: number;
}

/** How far one site's crawl is, as best known now: 0 to RUNNING_CAP. */
function siteFraction(site: Site): number {
  const expected = Math.min(site.progress.maxPages, site.known);
  return expected > 0 ? Math.min(RUNNING_CAP, site.progress.pagesFetched / expected) : 0;
}

export class ProgressTally {
  private readonly live = new Map<string, Site>();
  private shown = 0;
  private donePages = 0;
  sitesDone = 0;

  constructor(readonly totalSites: number) {}

  start(url: string): void {
    this.live.set(url, { progress: { pagesFetched: 0, maxPages: 0, depth: 0, url, queued: 0 }, known: 0 });
  }

  update(url: string, p: CrawlProgress): void {
    const known = Math.max(this.live.get(url)?.known ?? 0, p.pagesFetched + p.queued);
    this.live.set(url, { progress: p, known });
  }

  finish(url: string): void {
    this.donePages += this.live.get(url)?.progress.pagesFetched ?? 0;
    this.live.delete(url);
    this.sitesDone++;
  }

  /** 0 to 1, never less than the value returned before. */
  fraction(): number {
    let sites = this.sitesDone;
    for (const site of this.live.values()) sites += siteFraction(site);
    const now = this.totalSites > 0 ? Math.min(1, sites / this.totalSites) : 0;
    this.shown = Math.max(this.shown, now);
    return this.shown;
  }

  /** Pages read so far, all sites together. */
  pages(): number {
    let pages = this.donePages;
    for (const site of this.live.values()) pages += site.progress.pagesFetched;
    return pages;
  }

  /** The deepest layer a running crawl is reading. */
  depth(): number {
    let depth = 0;
    for (const site of this.live.values()) depth = Math.max(depth, site.progress.depth);
    return depth;
  }
}
