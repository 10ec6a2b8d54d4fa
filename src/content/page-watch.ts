// The shopper's page as the engine needs it (src/engine/rendered-page-watch.ts), read on request:
// its HTML (only when it changed since the last read), the elements fixed in its corners, and the
// scripts it loaded with when each arrived. Read-only: nothing on the page is changed, nothing runs
// on it but the observers, and they stop when the audit does.
import { MAX_SNAPSHOT_CHARS, MAX_SNAPSHOT_SCRIPTS, type Snapshot } from '../tab-messages.js';
import { cornerWidgets } from './corner-widgets.js';

/** Attribute changes that can show a widget: its iframe's URL, a class or style that unhides it. */
const WATCHED_ATTRIBUTES = ['src', 'class', 'style', 'hidden', 'id'];

export interface PageWatch {
  snapshot(after: number): Snapshot;
  stop(): void;
}

export function watchPage(doc: Document = document): PageWatch {
  // Starts at 1 so the engine's first read (after: 0) always gets the HTML.
  let version = 1;
  const mutations = new MutationObserver(() => version++);
  mutations.observe(doc, { childList: true, subtree: true, attributes: true, attributeFilter: WATCHED_ATTRIBUTES });
  // Script loads by URL, with when their responses ended (Resource Timing; failed loads too in Chromium).
  const ended = new Map<string, number>();
  const timed = (entries: PerformanceEntryList): void => {
    for (const e of entries as PerformanceResourceTiming[]) {
      if (e.initiatorType === 'script' && e.responseEnd > 0 && ended.size < MAX_SNAPSHOT_SCRIPTS) ended.set(e.name, e.responseEnd);
    }
  };
  const resources = observeResources(timed);
  timed(performance.getEntriesByType('resource'));
  return {
    snapshot(after) {
      const current = version;
      return {
        version: current,
        url: location.href,
        ...(current !== after ? { html: readHtml(doc) } : {}),
        corners: guarded(() => cornerWidgets(doc)),
        scripts: guarded(() => scriptLoads(doc, ended)),
        loaded: doc.readyState === 'complete',
        now: performance.now(),
      };
    },
    stop() {
      mutations.disconnect();
      resources?.disconnect();
    },
  };
}

function readHtml(doc: Document): string {
  const html = doc.documentElement?.outerHTML ?? '';
  return html.length > MAX_SNAPSHOT_CHARS ? html.slice(0, MAX_SNAPSHOT_CHARS) : html;
}

/**
 * The page's <script src> elements (one without a timing entry is still loading) and the timed script
 * loads whose element is gone again (a loader that adds and removes its own tags).
 */
function scriptLoads(doc: Document, ended: ReadonlyMap<string, number>): Snapshot['scripts'] {
  const out = new Map<string, Snapshot['scripts'][number]>();
  for (const el of doc.querySelectorAll('script[src]')) {
    const url = (el as HTMLScriptElement).src;
    if (out.size >= MAX_SNAPSHOT_SCRIPTS) break;
    if (!url || out.has(url)) continue;
    const endedAt = ended.get(url);
    out.set(url, endedAt === undefined ? { url } : { url, endedAt });
  }
  for (const [url, endedAt] of ended) if (out.size < MAX_SNAPSHOT_SCRIPTS && !out.has(url)) out.set(url, { url, endedAt });
  return [...out.values()];
}

/**
 * The page's named elements can stand in for document's own properties (<form name="querySelectorAll">):
 * a page that breaks a read gives nothing for it, not a failed audit.
 */
function guarded<T>(read: () => T[]): T[] {
  try {
    return read();
  } catch {
    return [];
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
