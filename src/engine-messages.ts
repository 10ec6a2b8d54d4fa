// The contract between the background worker and the engine (src/engine), which runs the crawl and
// the analysis in Chrome's offscreen document or in Firefox's background page. The engine streams
// its results with messages.ts's engine/* messages; here are its controls and its requests, each
// answered by the worker, which alone may talk to the tab (offscreen documents have no tabs API).
import * as z from 'zod/mini';
import { Count, Url } from './message-fields.js';
import { CrawlOptionsSchema } from './messages.js';
import type { Engine } from './engine/audits-running.js';
import type { SendToWorker } from './engine/tab-link.js';

// ── background → engine ──
const toEngine = [
  z.object({ type: z.literal('engine/start'), auditId: z.string(), tabId: Count, startUrl: Url, options: CrawlOptionsSchema }),
  /** Answered with EngineCountReplySchema: how many audits it still runs. */
  z.object({ type: z.literal('engine/stop'), auditId: z.string() }),
  /** How many audits it runs (EngineCountReplySchema): asked before its document is closed. */
  z.object({ type: z.literal('engine/running') }),
] as const;
export const ToEngineSchema = z.discriminatedUnion('type', toEngine);
export type ToEngine = z.infer<typeof ToEngineSchema>;
export type EngineJob = Omit<Extract<ToEngine, { type: 'engine/start' }>, 'type'>;
export const EngineCountReplySchema = z.object({ running: Count });

// ── engine → background, answered ──
const fetchFields = { auditId: z.string(), tabId: Count, url: Url, timeoutMs: Count, maxBytes: Count };
const engineRequests = [
  /** A page of the tab's origin, fetched by the tab agent (answered with other-host-messages.ts's FetchReply). */
  z.object({ type: z.literal('engine/tab-fetch'), ...fetchFields }),
  /**
   * A page on another host of the vendor's that the shopper allowed (an optional host permission):
   * the tab's CORS rules stop it from reading those, so the worker fetches them (background/other-host-fetch.ts).
   */
  z.object({ type: z.literal('engine/other-host-fetch'), ...fetchFields }),
  /** The tab's rendered page (tab-messages.ts's Snapshot, or null when the tab does not answer). */
  z.object({ type: z.literal('engine/snapshot'), auditId: z.string(), tabId: Count, after: Count }),
  /** No audit for a while (engine/audits-running.ts ENGINE_LINGER_MS): the worker may close the engine's document. */
  z.object({ type: z.literal('engine/idle') }),
] as const;
export const EngineRequestSchema = z.discriminatedUnion('type', engineRequests);
export type EngineRequest = z.infer<typeof EngineRequestSchema>;

/** Every message type by direction: the convention test checks each has a handler. */
export const ENGINE_MESSAGE_TYPES = {
  toEngine: toEngine.map((o) => o.shape.type.def.values[0]),
  engineRequests: engineRequests.map((o) => o.shape.type.def.values[0]),
};

/** Where Firefox's background page finds the engine once engine.js has run (background/engine-host.ts). */
export const ENGINE_GLOBAL = Symbol.for('contact-audit.engine');
export interface InPageEngine {
  connect(send: SendToWorker): Engine;
}
