// The tab agent, injected into the shopper's tab on the toolbar click (never declared in the
// manifest). It does what only the tab can: fetch pages of the site's own origin (same-origin: no
// host permission needed) and read the rendered page. The crawl, the analysis and the scoring run
// in the engine (src/engine), so the tab carries no parser, no vendor tables and no language packs.
// First, so no library has read a global the page's elements could stand in for (see the file).
import './dom-clobbering.js';
import browser, { type Runtime } from 'webextension-polyfill';
import { FetchFailure, type FetchResult } from '../core/crawl/crawl-types.js';
import { pageFetcher } from '../browser/page-fetcher.js';
import type { FetchReply } from '../other-host-messages.js';
import { ToContentSchema, type ContentPingResponse, type ToContent } from '../tab-messages.js';
import { watchPage, type PageWatch } from './page-watch.js';

interface Running {
  auditId: string;
  watch: PageWatch;
  release: () => void;
}

// The script can be injected again by a re-run or a reopened popup: the second copy must not add a
// second listener (it would answer every request twice). The mark is a symbol, not a string name: the
// page's own elements show up as string-named globals in this world too (DOM clobbering), so a page
// with <div id="__contactAuditContent"> would otherwise stop every audit from starting.
const GUARD = Symbol.for('contact-audit.content-listener');
const scope = globalThis as unknown as Record<symbol, unknown>;
if (!scope[GUARD]) {
  scope[GUARD] = true;
  let running: Running | undefined;
  const fetchPage = pageFetcher();
  const end = (): void => {
    running?.watch.stop();
    running?.release();
    running = undefined;
  };
  const answer = (msg: ToContent): unknown => {
    const ours = running?.auditId === msg.auditId ? running : undefined;
    switch (msg.type) {
      case 'content/ping':
        return { running: ours !== undefined } satisfies ContentPingResponse;
      case 'content/stop':
        if (ours) end();
        return { ok: true };
      case 'content/start': {
        if (ours) return { ok: true, already: true };
        end();
        const auditId = msg.auditId;
        running = { auditId, watch: watchPage(), release: holdLine(auditId, () => running?.auditId === auditId) };
        return { ok: true };
      }
      case 'content/fetch-page':
        // The agent fetches for the audit it was started for, never for whoever asks.
        if (!ours) return { ok: false, kind: 'other', message: 'no audit is running in this tab' } satisfies FetchReply;
        return fetched(fetchPage(msg.url, { timeoutMs: msg.timeoutMs, maxBytes: msg.maxBytes, allowedOrigins: [location.origin] }));
      case 'content/snapshot':
        return ours ? ours.watch.snapshot(msg.after) : null;
    }
  };
  browser.runtime.onMessage.addListener((raw: unknown) => {
    const parsed = ToContentSchema.safeParse(raw);
    return parsed.success ? Promise.resolve(answer(parsed.data)) : undefined;
  });
}

async function fetched(result: Promise<FetchResult>): Promise<FetchReply> {
  try {
    return { ok: true, result: await result };
  } catch (err) {
    return err instanceof FetchFailure ? { ok: false, kind: err.kind, message: err.message } : { ok: false, kind: 'other', message: String(err) };
  }
}

/**
 * Keep a port open to the worker while the audit runs: when this page goes away the port closes and
 * the worker ends the audit as partial. If the worker stops instead (Chrome idles it), reconnect.
 */
function holdLine(auditId: string, stillRunning: () => boolean): () => void {
  let port: Runtime.Port | undefined;
  let done = false;
  const connect = (): void => {
    port = browser.runtime.connect({ name: `audit:${auditId}` });
    port.onDisconnect.addListener(() => {
      if (!done && stillRunning()) setTimeout(connect, 200);
    });
  };
  connect();
  return () => {
    done = true;
    port?.disconnect();
  };
}
