// The contract with the tab agent (src/content): what the engine asks of the shopper's tab, through
// the background worker. Apart from messages.ts so the agent's bundle carries no report schema.
// The agent reads; it decides nothing: parsing, extraction and scoring run in the engine (src/engine).
import * as z from 'zod/mini';
import { Count, Text, Url } from './message-fields.js';

/** The rendered page's HTML is read whole, up to this: a page larger than any crawl would read is cut. */
export const MAX_SNAPSHOT_CHARS = 8_000_000;
/** Script loads the agent lists for the engine's loader check (src/engine/loader-wait.ts). */
export const MAX_SNAPSHOT_SCRIPTS = 500;
/** Corner elements the agent measures (src/content/corner-widgets.ts bounds the work too). */
export const MAX_SNAPSHOT_CORNERS = 50;

// ── background → tab agent ──
const toContent = [
  /** Start watching the page for late widgets, and hold a port open while the audit runs. */
  z.object({ type: z.literal('content/start'), auditId: z.string() }),
  z.object({ type: z.literal('content/stop'), auditId: z.string() }),
  /**
   * Is this run still going in the tab? Asked when the tab's URL changes: the page's own script
   * (history.pushState) changes it without unloading the document or the agent in it.
   */
  z.object({ type: z.literal('content/ping'), auditId: z.string() }),
  /** A page of the tab's own origin: same-origin, so no host permission is needed (browser/page-fetcher.ts). */
  z.object({ type: z.literal('content/fetch-page'), auditId: z.string(), url: Url, timeoutMs: Count, maxBytes: Count }),
  /** The rendered page now; its HTML only if it changed since the snapshot numbered `after`. */
  z.object({ type: z.literal('content/snapshot'), auditId: z.string(), after: Count }),
] as const;
export const ToContentSchema = z.discriminatedUnion('type', toContent);
export type ToContent = z.infer<typeof ToContentSchema>;
export const TO_CONTENT_TYPES = toContent.map((o) => o.shape.type.def.values[0]);

/** The agent's answer to content/ping. */
export const ContentPingResponseSchema = z.object({ running: z.boolean() });
export type ContentPingResponse = z.infer<typeof ContentPingResponseSchema>;

/** A launcher candidate fixed in a corner of the rendered page (core/extract/chat/corner-widget.ts decides). */
const CornerWidgetSchema = z.object({ tag: z.string().check(z.maxLength(40)), label: Text, src: z.optional(Url), id: z.optional(Text) });

/** A script the page requested, and when its response ended on the page's clock (ms), once it did. */
const ScriptLoadSchema = z.object({ url: Url, endedAt: z.optional(z.number()) });

/** The rendered page as the shopper sees it: read-only, nothing of it is changed. */
export const SnapshotSchema = z.object({
  /** Grows each time the page changes (a MutationObserver counts). */
  version: Count,
  url: Url,
  /** document.documentElement.outerHTML; absent when unchanged since the snapshot asked about. */
  html: z.optional(z.string().check(z.maxLength(MAX_SNAPSHOT_CHARS))),
  corners: z.array(CornerWidgetSchema).check(z.maxLength(MAX_SNAPSHOT_CORNERS)),
  scripts: z.array(ScriptLoadSchema).check(z.maxLength(MAX_SNAPSHOT_SCRIPTS)),
  /** document.readyState === 'complete': snippets add their loader on the load event. */
  loaded: z.boolean(),
  /** performance.now() when read: the clock of `scripts[].endedAt`. */
  now: z.number(),
});
export type Snapshot = z.infer<typeof SnapshotSchema>;
