import type { CrawledPage } from './crawl-types.js';
import type { CrawlContext } from './crawl-context.js';
import type { PageFetch } from './fetch-page.js';
import type { Frontier, FrontierItem } from './frontier.js';
import { pageKey } from './same-site.js';
import { analyseVisit, requestVisit } from './visit-page.js';

/**
 * Request the frontier's pages best first, `concurrency` requests in flight, until the frontier,
 * the budget, the time or the user runs out. Every page read is handed to `expand`, which offers
 * its links to the frontier: a contact link met two clicks down overtakes the plain links waiting
 * one click down (link-priority.ts). Returns the pages read, in the order they were read.
 *
 * Requests and analysis are pipelined: a worker hands the page it got to the analysis queue and
 * requests its next page at once, so the connections stay busy while the CPU parses. Pages are
 * analysed one at a time, in the order they arrived, each after yielding to I/O while requests
 * are in flight, so responses that came in meanwhile are read and their workers' next requests go
 * out first. A worker that finds the frontier empty waits while a page in flight or in analysis
 * may still offer links, rather than leaving its slot idle for the rest of the crawl.
 *
 * A worker also waits while the pages got and not yet analysed reach ANALYSIS_BACKLOG: where the
 * network is faster than the analysis (a site on the LAN, a fast CDN), the workers otherwise read
 * every page they know ahead of it. On a 2,000-page site 1,800 bodies waited at once, and the
 * analysis of them held the event loop for up to 30 s, long enough for the server to close a
 * kept-alive connection under the next request (ECONNRESET: a page lost). Issue #12, bench/footprint-bench.ts.
 */
export async function crawlFrontier(
  ctx: CrawlContext,
  frontier: Frontier,
  expand: (page: CrawledPage, item: FrontierItem) => void,
  /** Asked before each request (robots.txt of another host of the vendor's): false skips the page. */
  ready: (item: FrontierItem) => Promise<boolean> | boolean = () => true,
): Promise<CrawledPage[]> {
  const done: CrawledPage[] = [];
  let analysing: Promise<void> = Promise.resolve();
  let pending = 0;
  /** Pages got and not yet analysed, and their bodies' length. */
  const backlog = { pages: 0, chars: 0 };
  let failure: { error: unknown } | undefined;
  let wake: (() => void) | undefined;
  let woken: Promise<void> | undefined;
  const changed = (): Promise<void> => (woken ??= new Promise<void>((resolve) => (wake = resolve)));
  const notify = (): void => {
    const w = wake;
    woken = wake = undefined;
    w?.();
  };
  const queued = (): void => {
    ctx.queuedPages = frontier.size;
    if (!ctx.queuedPages) ctx.slots.pump();
  };

  const analyse = (item: FrontierItem, got: PageFetch): void => {
    const chars = got.ok ? got.res.body.length : 0;
    backlog.pages++;
    backlog.chars += chars;
    analysing = analysing
      // Nothing in flight: no I/O to let through first.
      .then(() => (ctx.slots.busy ? yieldToIo() : undefined))
      .then(() => {
        // A page that arrives after the user stopped the crawl is dropped, not analysed.
        if (ctx.aborted() || failure) return;
        const visit = analyseVisit(ctx, item, got);
        if ('page' in visit) {
          done.push(visit.page);
          expand(visit.page, item);
          queued();
          ctx.hooks.onPage?.(visit.page);
        }
        ctx.hooks.onProgress?.({ pagesFetched: ctx.finished, maxPages: ctx.options.maxPages, depth: item.depth, url: item.url, queued: frontier.size });
      })
      .catch((error: unknown) => void (failure ??= { error }))
      .finally(() => {
        pending--;
        backlog.pages--;
        backlog.chars -= chars;
        notify();
      });
  };

  const worker = async (): Promise<void> => {
    for (;;) {
      if (failure || ctx.aborted()) return;
      // Past the audit's deadline no page is requested; those in flight were given the time left.
      if (ctx.time.stops()) return;
      if (!ctx.hasBudget()) {
        if (frontier.size) ctx.budgetCut = true;
        return;
      }
      if (backlog.pages >= ANALYSIS_BACKLOG.pages || (backlog.pages > 0 && backlog.chars >= ANALYSIS_BACKLOG.chars)) {
        await changed();
        continue;
      }
      const item = frontier.pop();
      if (!item) {
        // A page still in flight or waiting for analysis may offer more links.
        if (!pending) return;
        await changed();
        continue;
      }
      pending++;
      queued();
      let got: PageFetch;
      try {
        // Synchronous for the site's own pages, so no other worker can take the budget in between.
        const ok = ready(item);
        if (!(ok instanceof Promise ? await ok : ok)) {
          pending--;
          notify();
          continue;
        }
        if (!ctx.hasBudget()) {
          // Spent by the other workers while this one read another host's robots.txt: the page stays unread.
          frontier.offer(pageKey(item.url), item);
          pending--;
          notify();
          continue;
        }
        got = await requestVisit(ctx, item);
      } catch (error) {
        pending--;
        notify();
        throw error;
      }
      analyse(item, got);
    }
  };

  queued();
  try {
    await Promise.all(Array.from({ length: Math.max(1, ctx.options.concurrency) }, worker));
    await analysing;
  } finally {
    ctx.queuedPages = 0;
    ctx.slots.pump();
    notify();
  }
  if (failure) throw failure.error;
  return done;
}

/**
 * The most pages got and waiting for analysis, and the most text they may hold together (a page
 * is at most CrawlOptions.maxBytes): beyond either, requests wait for the analysis. 64 pages keep
 * the analysis busy whatever the concurrency, and are more than a default audit's 60-page budget:
 * such an audit waits only where 32 million characters wait, pages of megabytes each.
 */
export const ANALYSIS_BACKLOG = { pages: 64, chars: 32_000_000 } as const;

/**
 * Let pending I/O run before CPU work: two event-loop turns, so at least one I/O poll happens in
 * between (a server in the same process, as in tests and the benchmark, then sees the requests
 * just sent before the parser holds the thread). setImmediate where the runtime has it (Node):
 * setTimeout(0) waits at least 1 ms per turn, idle time a CPU-bound crawl cannot spare.
 */
function yieldToIo(): Promise<void> {
  return new Promise((resolve) => nextTurn(() => nextTurn(resolve)));
}

// typeof, not truthiness: in a content script a page's <div id="setImmediate"> is a global too.
const maybeSetImmediate: unknown = (globalThis as { setImmediate?: unknown }).setImmediate;
const setImmediateIfAny = typeof maybeSetImmediate === 'function' ? (maybeSetImmediate as (cb: () => void) => unknown) : undefined;
const nextTurn = (cb: () => void): unknown => (setImmediateIfAny ? setImmediateIfAny(cb) : setTimeout(cb, 0));
