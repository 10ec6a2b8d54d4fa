import type { CrawledPage } from './crawl-types.js';
import type { CrawlContext } from './crawl-context.js';
import type { PageFetch } from './fetch-page.js';
import { META_REFRESH_TEXT, analyseVisit, refreshTarget, requestVisit, type QueueItem } from './visit-page.js';

/**
 * Crawl one depth layer in the given (ranked) order, `concurrency` requests in flight, until the
 * queue, the budget or the user runs out. A <meta refresh> target joins this same layer, next in
 * line (no click is needed to get there). Returns the layer's pages in queue order, so the next
 * layer's first parent of a link is its first-ranked parent. `heldBack`: links of this layer
 * held for later (layer-budget.ts), reported as queued.
 *
 * Requests and analysis are pipelined: a worker hands the page it got to the analysis queue and
 * requests its next page at once, so the connections stay busy while the CPU parses. Pages are
 * analysed one at a time, in the order they arrived, each after yielding to I/O while requests
 * are in flight, so responses that came in meanwhile are read and their workers' next requests
 * go out first.
 */
export async function crawlLayer(ctx: CrawlContext, queue: QueueItem[], heldBack = 0): Promise<CrawledPage[]> {
  const done: { order: number; page: CrawledPage }[] = [];
  let cursor = 0;
  let analysing: Promise<void> = Promise.resolve();
  let waiting = 0;
  let failure: { error: unknown } | undefined;
  const queued = (): void => {
    ctx.queuedPages = Math.max(0, queue.length - cursor);
    if (!ctx.queuedPages) ctx.slots.pump();
  };

  const analyse = (order: number, item: QueueItem, got: PageFetch): void => {
    waiting++;
    analysing = analysing
      // Nothing in flight (a layer's last page): no I/O to let through first.
      .then(() => (ctx.slots.busy ? yieldToIo() : undefined))
      .then(() => {
        // A page that arrives after the user stopped the crawl is dropped, not analysed.
        if (ctx.aborted() || failure) return;
        const visit = analyseVisit(ctx, item, got);
        if ('page' in visit) {
          const { page } = visit;
          done.push({ order, page });
          const refresh = refreshTarget(page);
          if (refresh && ctx.admit(refresh, '')) {
            queue.splice(cursor, 0, {
              url: refresh,
              depth: item.depth,
              parentPath: page.path,
              parentPathText: page.pathText,
              linkText: META_REFRESH_TEXT,
              viaSitemap: item.viaSitemap,
            });
            queued();
          }
          ctx.hooks.onPage?.(page);
        }
        ctx.hooks.onProgress?.({
          pagesFetched: ctx.finished,
          maxPages: ctx.options.maxPages,
          depth: item.depth,
          url: item.url,
          queued: queue.length - cursor + heldBack,
        });
      })
      .catch((error: unknown) => void (failure ??= { error }))
      .finally(() => void waiting--);
  };

  const worker = async (): Promise<void> => {
    for (;;) {
      if (failure || ctx.aborted()) return;
      if (cursor >= queue.length) {
        // A page still waiting for analysis may add its <meta refresh> target to this layer.
        if (!waiting) return;
        await analysing;
        continue;
      }
      // Past the audit's deadline no page is requested; those in flight were given the time left.
      if (ctx.time.stops()) return;
      if (!ctx.hasBudget()) {
        ctx.budgetCut = true;
        return;
      }
      const order = cursor;
      const item = queue[cursor++] as QueueItem;
      queued();
      analyse(order, item, await requestVisit(ctx, item));
    }
  };

  queued();
  try {
    const width = Math.max(1, Math.min(ctx.options.concurrency, queue.length));
    await Promise.all(Array.from({ length: width }, worker));
    await analysing;
  } finally {
    ctx.queuedPages = 0;
    ctx.slots.pump();
  }
  if (failure) throw failure.error;
  return done.sort((a, b) => a.order - b.order).map((d) => d.page);
}

/**
 * Let pending I/O run before CPU work: two event-loop turns, so at least one I/O poll happens in
 * between (a server in the same process, as in tests and the benchmark, then sees the requests
 * just sent before the parser holds the thread). setImmediate where the runtime has it (Node):
 * setTimeout(0) waits at least 1 ms per turn, idle time a CPU-bound layer cannot spare.
 */
function yieldToIo(): Promise<void> {
  return new Promise((resolve) => nextTurn(() => nextTurn(resolve)));
}

// typeof, not truthiness: in a content script a page's <div id="setImmediate"> is a global too.
const maybeSetImmediate: unknown = (globalThis as { setImmediate?: unknown }).setImmediate;
const setImmediateIfAny = typeof maybeSetImmediate === 'function' ? (maybeSetImmediate as (cb: () => void) => unknown) : undefined;
const nextTurn = (cb: () => void): unknown => (setImmediateIfAny ? setImmediateIfAny(cb) : setTimeout(cb, 0));
