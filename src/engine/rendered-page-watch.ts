// The shopper's page, watched while the crawl runs, for chat widgets that load late. It is read
// once while the crawl's first requests are out, read again only if it changed, and at the end
// waited for only while a known chat loader is still on its way to drawing its widget
// (loader-wait.ts): never a fixed delay. The tab agent reads the page (src/content/page-watch.ts);
// the analysis happens here.
import { chatLoaderPending } from '../core/extract/chat/pending.js';
import type { PageAnalysis } from '../core/types.js';
import type { Snapshot } from '../tab-messages.js';
import { knownLoaders, loaderStillPending } from './loader-wait.js';

/** The longest the end of an audit waits for a loader still drawing its widget. */
export const PENDING_LOADER_GRACE_MS = 500;
/** How often a pending loader is looked at again: the page is read whole only if it changed. */
const RECHECK_MS = 50;

export interface RenderedPageWatch {
  /** The page at the end of the crawl, once no known loader is pending (at most the grace later); undefined if the tab did not answer. */
  finish(signal: { aborted: boolean }): Promise<PageAnalysis | undefined>;
}

/**
 * `snapshot(after)` asks the tab for its page (HTML only if changed since snapshot `after`);
 * `analyse` reads one that changed.
 */
export function watchRenderedPage(
  snapshot: (after: number) => Promise<Snapshot | undefined>,
  analyse: (snap: Snapshot & { html: string }) => PageAnalysis,
): RenderedPageWatch {
  let last: { snap: Snapshot; analysis: PageAnalysis } | undefined;
  let reading: Promise<typeof last> | undefined;
  const read = async (): Promise<typeof last> => {
    const snap = await snapshot(last?.snap.version ?? 0);
    if (!snap) return last;
    if (snap.html !== undefined) last = { snap, analysis: analyse({ ...snap, html: snap.html }) };
    else if (last) last = { snap: { ...snap, html: last.snap.html }, analysis: last.analysis };
    return last;
  };
  // One read at a time: the early one may still be out when the crawl ends.
  const current = (): Promise<typeof last> => (reading = (reading ?? Promise.resolve(undefined)).then(read, read));
  // The first read overlaps the crawl's first round trips. One that fails is read again at the end.
  void current().catch(() => undefined);
  return {
    async finish(signal) {
      const deadline = Date.now() + PENDING_LOADER_GRACE_MS;
      let now = await current();
      while (now && !signal.aborted && pending(now) && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, Math.min(RECHECK_MS, deadline - Date.now())));
        now = await current();
      }
      return now?.analysis;
    },
  };
}

/** A loader of a known vendor is on the page without its widget, and may still draw it. */
function pending({ snap, analysis }: { snap: Snapshot; analysis: PageAnalysis }): boolean {
  return chatLoaderPending(analysis) && loaderStillPending(knownLoaders(snap.scripts, snap.url), snap.now, snap.loaded);
}
