// The known chat loaders the rendered page asked for, and whether one may still draw its widget:
// what decides if the end of an audit waits for the shopper's page (rendered-page-watch.ts). The tab
// agent lists the page's script loads (src/content/page-watch.ts); the vendor table is here.
import { urlKey, vendorsForUrl } from '../core/extract/chat/match.js';

/**
 * A loader that arrived this recently may still be drawing: it runs, asks its vendor for settings
 * and then adds its launcher, and the scripts it loads in turn are loaders of the same vendor, each
 * starting this clock again. One that arrived longer ago and drew nothing will not draw in the next
 * half second either (its load failed, or the widget waits for something the audit cannot give).
 */
export const LOADER_SETTLE_MS = 300;

/** One script of a known chat vendor the page requested; `endedAt` (page clock, ms) once its response ended. */
export interface LoaderRequest {
  url: string;
  endedAt?: number;
}

/**
 * Whether a known loader may still render its widget: one still loading, one that arrived less
 * than LOADER_SETTLE_MS ago, or a page that has not finished loading (snippets add their loader on
 * the load event). Only asked while the rendered page shows a loader without its widget.
 */
export function loaderStillPending(loaders: readonly LoaderRequest[], now: number, pageLoaded: boolean): boolean {
  if (!pageLoaded) return true;
  return loaders.some((l) => l.endedAt === undefined || now - l.endedAt < LOADER_SETTLE_MS);
}

/** Whether a URL is a known chat vendor's script (its loader or a script the loader adds). */
function knownLoader(url: string, base: string): boolean {
  const key = urlKey(url, base);
  return key !== undefined && vendorsForUrl(key).length > 0;
}

/** The page's script loads (the tab agent's snapshot) that are known chat vendors' loaders. */
export function knownLoaders(scripts: readonly LoaderRequest[], base: string): LoaderRequest[] {
  return scripts.filter((s) => knownLoader(s.url, base));
}
