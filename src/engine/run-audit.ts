// One audit in the engine: crawl the site through the tab (tab-link.ts), read the rendered page,
// and stream pages, progress and the end to the worker, which keeps them and builds the report
// (background/assemble.ts). Runs in Chrome's offscreen document or Firefox's background page.
import { analyzePage } from '../core/analyze-page.js';
import { crawlSite } from '../core/crawl/crawler.js';
import { reportableFindings } from '../core/crawl/page-finding-caps.js';
import { renderedContribution } from '../core/rendered-page.js';
import type { CrawledPage, CrawlProgress, CrawlResult } from '../core/crawl/crawl-types.js';
import { cornerWidgetFindings } from '../core/extract/chat/corner-widget.js';
import type { PageAnalysis } from '../core/types.js';
import type { EngineJob } from '../engine-messages.js';
import type { CrawlSummary, ToBackgroundFromEngine } from '../messages.js';
import type { Snapshot } from '../tab-messages.js';
import { latestEvery } from './latest-every.js';
import { watchRenderedPage } from './rendered-page-watch.js';
import type { TabLink } from './tab-link.js';

/** The popup's progress line moves at most this often (latest-every.ts); every page found is still sent at once. */
const PROGRESS_EVERY_MS = 100;

type Stream = DistributiveOmit<ToBackgroundFromEngine, 'auditId' | 'tabId'>;
type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

export async function runAudit(job: EngineJob, link: TabLink, signal: { aborted: boolean }): Promise<void> {
  const pending: Promise<unknown>[] = [];
  const send = (msg: Stream): void => {
    if (signal.aborted) return;
    // A failed send (the worker restarting) must not stop the crawl; the worker wakes on the next one.
    pending.push(link.send({ ...msg, auditId: job.auditId, tabId: job.tabId } as ToBackgroundFromEngine).catch(() => undefined));
  };
  const { options } = job;
  // The path each page was sent with: the end of the crawl may shorten it (core/crawl/shortest-paths.ts).
  const sent = new Map<CrawledPage, string>();
  const watch = watchRenderedPage(link.snapshot, (snap) => readRenderedPage(snap, options.country));
  const progress = latestEvery<CrawlProgress>(PROGRESS_EVERY_MS, (p) => send({ type: 'engine/progress', progress: p }));
  try {
    const crawl = await crawlSite(job.startUrl, options, link.fetcher, {
      signal,
      onProgress: (p) => progress.push(p),
      onPage: (page) => {
        sent.set(page, page.path.join(' '));
        send({ type: 'engine/page', page });
      },
    });
    if (signal.aborted) return;
    // The shopper's own page: only chat widgets and script-built forms leave it, nothing personal
    // (core/rendered-page.ts). Capped like every crawled page.
    const home = crawl.pages.find((p) => p.depth === 0 && !p.viaSitemap)?.url ?? crawl.startUrl;
    const rendered = await watch.finish(signal);
    if (signal.aborted) return;
    if (rendered) {
      // Read before the crawl knew the site's country: the site's, where the page itself names none.
      const live = rendered.country || !crawl.country ? rendered : { ...rendered, country: crawl.country };
      send({ type: 'engine/live-dom', analysis: renderedContribution({ ...live, findings: reportableFindings(live.findings).findings }, home) });
    }
    await Promise.all(pending);
    await link.send({ type: 'engine/done', auditId: job.auditId, tabId: job.tabId, crawl: summaryOf(crawl, sent) });
  } catch (err) {
    await Promise.all(pending);
    const error = err instanceof Error ? err.message : String(err);
    await link.send({ type: 'engine/failed', auditId: job.auditId, tabId: job.tabId, error }).catch(() => undefined);
  } finally {
    progress.cancel();
  }
}

/** A finished crawl without its pages (they were streamed one by one). */
function summaryOf(crawl: CrawlResult, sent: ReadonlyMap<CrawledPage, string>): CrawlSummary {
  const summary: CrawlSummary = {
    startUrl: crawl.startUrl,
    site: crawl.site,
    errors: crawl.errors,
    skipped: crawl.skipped,
    sitemapOnly: crawl.sitemapOnly,
    ...(crawl.country ? { country: crawl.country } : {}),
    ...(crawl.partialReason ? { partialReason: crawl.partialReason } : {}),
    ...(crawl.partialMessage ? { partialMessage: crawl.partialMessage } : {}),
    ...(crawl.redirects?.length ? { redirects: crawl.redirects } : {}),
    ...(crawl.failure ? { failure: crawl.failure } : {}),
    ...(crawl.depthsExactTo !== undefined ? { depthsExactTo: crawl.depthsExactTo } : {}),
    ...(crawl.vendorHosts?.length ? { vendorHosts: crawl.vendorHosts } : {}),
  };
  const shortened = crawl.pages
    .filter((p) => sent.has(p) && sent.get(p) !== p.path.join(' '))
    .map(({ url, depth, path, pathText }) => ({ url, depth, path, pathText }));
  if (shortened.length) summary.shortened = shortened;
  return summary;
}

/** The rendered page's analysis, with a launcher in a corner that no vendor table knows as a chat of unknown vendor. */
function readRenderedPage(snap: Snapshot & { html: string }, country: string | undefined): PageAnalysis {
  const { extractorErrors: _errors, softNotFound: _notFound, ...live } = analyzePage(snap.url, snap.html, { country });
  if (live.findings.some((f) => f.kind === 'chat')) return live;
  return { ...live, findings: [...live.findings, ...cornerWidgetFindings(snap.corners, snap.url)] };
}
