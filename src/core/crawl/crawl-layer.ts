import type { CrawledPage } from './crawl-types.js';
import type { CrawlContext } from './crawl-context.js';
import { META_REFRESH_TEXT, refreshTarget, visitPage, type QueueItem } from './visit-page.js';

/**
 * Crawl one depth layer in the given (ranked) order, `concurrency` requests in flight, until the
 * queue, the budget or the user runs out. A <meta refresh> target joins this same layer, next in
 * line (no click is needed to get there). Returns the layer's pages in queue order, so the next
 * layer's first parent of a link is its first-ranked parent.
 */
export async function crawlLayer(ctx: CrawlContext, queue: QueueItem[]): Promise<CrawledPage[]> {
  const done: { order: number; page: CrawledPage }[] = [];
  let cursor = 0;
  const worker = async (): Promise<void> => {
    while (cursor < queue.length) {
      if (ctx.aborted()) return;
      if (!ctx.hasBudget()) {
        ctx.budgetCut = true;
        return;
      }
      const order = cursor;
      const item = queue[cursor++] as QueueItem;
      const visit = await visitPage(ctx, item);
      if ('page' in visit) {
        const { page } = visit;
        done.push({ order, page });
        const refresh = refreshTarget(page);
        if (refresh && ctx.admit(refresh, '')) {
          queue.splice(cursor, 0, { url: refresh, depth: item.depth, parentPath: page.path, parentPathText: page.pathText, linkText: META_REFRESH_TEXT, viaSitemap: item.viaSitemap });
        }
        ctx.hooks.onPage?.(page);
      }
      ctx.hooks.onProgress?.({ pagesFetched: ctx.finished, maxPages: ctx.options.maxPages, depth: item.depth, url: item.url, queued: queue.length - cursor });
    }
  };
  const width = Math.max(1, Math.min(ctx.options.concurrency, queue.length));
  await Promise.all(Array.from({ length: width }, worker));
  return done.sort((a, b) => a.order - b.order).map((d) => d.page);
}
