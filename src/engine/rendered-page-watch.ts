// The shopper's page, watched while the crawl runs, for chat widgets that load late. It is read
// once while the crawl's first requests are out (the tab would only wait for them), read again
// only if it changed, and at the end waited for only while a known chat loader is still on its
// way to drawing its widget (chat-loaders.ts): never a fixed delay. Read-only.
import { chatLoaderPending } from '../core/extract/chat/pending.js';
import type { PageAnalysis } from '../core/types.js';
import { loaderRequests, loaderStillPending } from './chat-loaders.js';

/** The longest the end of an audit waits for a loader still drawing its widget. */
export const PENDING_LOADER_GRACE_MS = 500;
/** How often a pending loader is looked at again: a whole-page read each time the page changed. */
const RECHECK_MS = 50;
/** Attribute changes that can show a widget: its iframe's URL, a class or style that unhides it. */
const WATCHED_ATTRIBUTES = ['src', 'class', 'style', 'hidden', 'id'];

export interface RenderedPageWatch {
  /** The page at the end of the crawl, once no known loader is pending (at most the grace later); stops watching. */
  finish(signal: { aborted: boolean }): Promise<PageAnalysis>;
  /** Stops watching without a read: the audit was stopped or failed. */
  stop(): void;
}

export function watchRenderedPage(read: () => PageAnalysis): RenderedPageWatch {
  let last: PageAnalysis | undefined;
  let changed = true;
  const current = (): PageAnalysis => {
    if (changed || !last) {
      changed = false;
      last = read();
    }
    return last;
  };
  const mutations = new MutationObserver(() => (changed = true));
  mutations.observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: WATCHED_ATTRIBUTES });
  const ended = new Map<string, number>();
  const timed = (entries: PerformanceEntryList): void => {
    for (const e of entries) if ((e as PerformanceResourceTiming).responseEnd > 0) ended.set(e.name, (e as PerformanceResourceTiming).responseEnd);
  };
  const resources = observeResources(timed);
  timed(performance.getEntriesByType('resource'));
  // The first read overlaps the crawl's first round trip, and warms the page analysis for it. One
  // that fails is read again at the end, where a failure ends the audit as before.
  const early = setTimeout(() => {
    try {
      current();
    } catch {
      changed = true;
    }
  }, 0);
  const stop = (): void => {
    clearTimeout(early);
    mutations.disconnect();
    resources?.disconnect();
  };
  return {
    stop,
    async finish(signal) {
      const deadline = performance.now() + PENDING_LOADER_GRACE_MS;
      const pending = (page: PageAnalysis): boolean => chatLoaderPending(page) && loaderMayDraw(ended);
      try {
        let live = current();
        while (!signal.aborted && pending(live) && performance.now() < deadline) {
          await new Promise((resolve) => setTimeout(resolve, Math.min(RECHECK_MS, deadline - performance.now())));
          live = current();
        }
        return live;
      } finally {
        stop();
      }
    },
  };
}

/**
 * Whether a known loader on the page may still draw its widget. The page's named elements can stand
 * in for document's own properties (<form name="querySelectorAll">): a page that breaks the look
 * gets no wait, not a failed audit.
 */
function loaderMayDraw(ended: ReadonlyMap<string, number>): boolean {
  try {
    return loaderStillPending(loaderRequests(document, ended), performance.now(), document.readyState === 'complete');
  } catch {
    return false;
  }
}

/** Resource Timing entries as they come; undefined where the browser cannot observe them (then none are seen). */
function observeResources(timed: (entries: PerformanceEntryList) => void): PerformanceObserver | undefined {
  try {
    const observer = new PerformanceObserver((list) => timed(list.getEntries()));
    observer.observe({ type: 'resource' });
    return observer;
  } catch {
    return undefined;
  }
}
