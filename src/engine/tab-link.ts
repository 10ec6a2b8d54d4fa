// How the engine reaches the shopper's tab and the worker: every request is a message the worker
// answers (background/engine-relay.ts), in Chrome from the offscreen document, in Firefox in the
// background page itself. Answers are parsed like any message: the tab's page is not trusted.
import { FetchFailure, type Fetcher } from '../core/crawl/crawl-types.js';
import type { EngineJob, EngineRequest } from '../engine-messages.js';
import type { ToBackgroundFromEngine } from '../messages.js';
import { FetchReplySchema } from '../other-host-messages.js';
import { SnapshotSchema, type Snapshot } from '../tab-messages.js';

/** Sends a message to the worker and resolves with its answer. */
export type SendToWorker = (msg: EngineRequest | ToBackgroundFromEngine) => Promise<unknown>;

export interface TabLink {
  /** Pages: the tab's origin through the tab, the vendor's other hosts the shopper allowed through the worker. */
  fetcher: Fetcher;
  snapshot(after: number): Promise<Snapshot | undefined>;
  send(msg: ToBackgroundFromEngine): Promise<unknown>;
}

/** How long to wait before asking again when the worker was gone: Chrome starts a new one on the message. */
const RESEND_AFTER_MS = 100;

/**
 * Chrome may stop its service worker while a request is out (idle, updated, crashed): the answer is
 * then lost and the send rejects. Every request and stream message is safe to send twice (a GET of a
 * page, a read of the tab; the worker stores a page by its URL and ignores a second end), so a send
 * that failed is sent once more, to the fresh worker, instead of costing a page.
 */
function resending(send: SendToWorker): SendToWorker {
  return (msg) => send(msg).catch(() => new Promise((resolve) => setTimeout(resolve, RESEND_AFTER_MS)).then(() => send(msg)));
}

export function tabLink(job: EngineJob, sendOnce: SendToWorker): TabLink {
  const { auditId, tabId } = job;
  const send = resending(sendOnce);
  const tabOrigin = new URL(job.startUrl).origin;
  const viaWorker = job.options.readableHosts ?? [];
  return {
    fetcher: async (url, opts) => {
      const target = new URL(url);
      const other = target.origin !== tabOrigin && viaWorker.includes(target.hostname);
      const type = other ? 'engine/other-host-fetch' : 'engine/tab-fetch';
      const answer = await send({ type, auditId, tabId, url, timeoutMs: opts.timeoutMs, maxBytes: opts.maxBytes }).catch(() => undefined);
      const reply = FetchReplySchema.safeParse(answer);
      if (!reply.success) throw new FetchFailure(other ? 'the extension could not fetch this page' : 'the tab did not answer', 'other');
      if (!reply.data.ok) throw new FetchFailure(reply.data.message, reply.data.kind);
      return reply.data.result;
    },
    async snapshot(after) {
      const answer = await send({ type: 'engine/snapshot', auditId, tabId, after }).catch(() => undefined);
      return SnapshotSchema.safeParse(answer).data;
    },
    send,
  };
}
