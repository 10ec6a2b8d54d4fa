// Injected into the shopper's tab on the toolbar click (never declared in the manifest), so the
// crawl runs in the site's own origin: same-origin fetches need no host permission.
// First, so no library has read a global the page's elements could stand in for (see the file).
import './dom-clobbering.js';
import browser, { type Runtime } from 'webextension-polyfill';
import { analyzePage } from '../core/analyze-page.js';
import { crawlSite } from '../core/crawl/crawler.js';
import { reportableFindings } from '../core/crawl/page-finding-caps.js';
import { renderedContribution } from '../core/rendered-page.js';
import { FetchFailure, type CrawlOptions, type CrawledPage, type CrawlProgress, type Fetcher } from '../core/crawl/crawl-types.js';
import { cornerWidgetFindings } from '../core/extract/chat/corner-widget.js';
import { cornerWidgets } from './corner-widgets.js';
import { watchRenderedPage } from './rendered-page-watch.js';
import { latestEvery } from './latest-every.js';
import type { PageAnalysis } from '../core/types.js';
import { ToContentSchema, type ContentPingResponse, type CrawlSummary, type ToBackgroundFromContent } from '../messages.js';
import { ContentFetchReplySchema, type ContentFetch } from '../other-host-messages.js';
import { pageFetcher } from '../browser/page-fetcher.js';

interface Running {
  auditId: string;
  signal: { aborted: boolean };
}

// The script can be injected again by a re-run or a reopened popup: the second copy must not add a
// second listener (it would start every crawl twice). The mark is a symbol, not a string name: the
// page's own elements show up as string-named globals in this world too (DOM clobbering), so a page
// with <div id="__contactAuditContent"> would otherwise stop every audit from starting.
/** The popup's progress line moves at most this often (latest-every.ts); every page found is still sent at once. */
const PROGRESS_EVERY_MS = 100;

const GUARD = Symbol.for('contact-audit.content-listener');
const scope = globalThis as unknown as Record<symbol, unknown>;
if (!scope[GUARD]) {
  scope[GUARD] = true;
  let running: Running | undefined;
  browser.runtime.onMessage.addListener((raw: unknown) => {
    const parsed = ToContentSchema.safeParse(raw);
    if (!parsed.success) return undefined;
    const msg = parsed.data;
    if (msg.type === 'content/ping') return Promise.resolve({ running: running?.auditId === msg.auditId } satisfies ContentPingResponse);
    if (msg.type === 'content/stop') {
      if (running?.auditId === msg.auditId) running.signal.aborted = true;
      return Promise.resolve({ ok: true });
    }
    if (running?.auditId === msg.auditId) return Promise.resolve({ ok: true, already: true });
    if (running) running.signal.aborted = true;
    const current: Running = { auditId: msg.auditId, signal: { aborted: false } };
    running = current;
    void audit(msg.startUrl, msg.options, current).finally(() => {
      if (running === current) running = undefined;
    });
    return Promise.resolve({ ok: true });
  });
}

/**
 * Keep a port open to the worker while crawling: when this page goes away the port closes and the
 * worker ends the audit as partial. If the worker stops instead (Chrome idles it), reconnect.
 */
function holdLine(run: Running): () => void {
  let port: Runtime.Port | undefined;
  let done = false;
  const connect = () => {
    port = browser.runtime.connect({ name: `audit:${run.auditId}` });
    port.onDisconnect.addListener(() => {
      if (!done && !run.signal.aborted) setTimeout(connect, 200);
    });
  };
  connect();
  return () => {
    done = true;
    port?.disconnect();
  };
}

async function audit(startUrl: string, options: CrawlOptions, run: Running): Promise<void> {
  const release = holdLine(run);
  try {
    await crawlAndReport(startUrl, options, run);
  } finally {
    release();
  }
}

async function crawlAndReport(startUrl: string, options: CrawlOptions, run: Running): Promise<void> {
  const pending: Promise<unknown>[] = [];
  const send = (msg: ToBackgroundFromContent): void => {
    if (run.signal.aborted && msg.type !== 'content/done') return;
    // A failed send (the worker restarting) must not stop the crawl; the worker wakes on the next one.
    pending.push(browser.runtime.sendMessage(msg).catch(() => undefined));
  };
  // The path each page was sent with: the end of the crawl may shorten it (core/crawl/shortest-paths.ts).
  const sent = new Map<CrawledPage, string>();
  // Late chat widgets are watched for while the crawl runs; the watch ends with it (rendered-page-watch.ts).
  const watch = watchRenderedPage(() => readRenderedPage(options));
  const progress = latestEvery<CrawlProgress>(PROGRESS_EVERY_MS, (p) => send({ type: 'content/progress', auditId: run.auditId, progress: p }));
  try {
    const crawl = await crawlSite(startUrl, options, routedFetcher(pageFetcher(), run.auditId, options.readableHosts ?? []), {
      signal: run.signal,
      onProgress: (p) => progress.push(p),
      onPage: (page) => {
        sent.set(page, page.path.join(' '));
        send({ type: 'content/page', auditId: run.auditId, page });
      },
    });
    if (run.signal.aborted) return;
    // The shopper's own page: only chat widgets and script-built forms leave this tab, nothing
    // personal (core/rendered-page.ts). Capped like every crawled page.
    const home = crawl.pages.find((p) => p.depth === 0 && !p.viaSitemap)?.url ?? crawl.startUrl;
    const rendered = await watch.finish(run.signal);
    if (run.signal.aborted) return;
    // Read before the crawl knew the site's country: the site's, where the page itself names none.
    const live = rendered.country || !crawl.country ? rendered : { ...rendered, country: crawl.country };
    const analysis = renderedContribution({ ...live, findings: reportableFindings(live.findings).findings }, home);
    send({ type: 'content/live-dom', auditId: run.auditId, analysis });
    await Promise.all(pending);
    const summary: CrawlSummary = {
      startUrl: crawl.startUrl,
      site: crawl.site,
      errors: crawl.errors,
      skipped: crawl.skipped,
      sitemapOnly: crawl.sitemapOnly,
      ...(crawl.country ? { country: crawl.country } : {}),
      ...(crawl.partialReason ? { partialReason: crawl.partialReason } : {}),
      ...(crawl.partialMessage ? { partialMessage: crawl.partialMessage } : {}),
      ...(crawl.redirects?.length ? { redirects: crawl.redirects } : {}),
      ...(crawl.failure ? { failure: crawl.failure } : {}),
      ...(crawl.depthsExactTo !== undefined ? { depthsExactTo: crawl.depthsExactTo } : {}),
      ...(crawl.vendorHosts?.length ? { vendorHosts: crawl.vendorHosts } : {}),
    };
    const shortened = crawl.pages
      .filter((p) => sent.has(p) && sent.get(p) !== p.path.join(' '))
      .map(({ url, depth, path, pathText }) => ({ url, depth, path, pathText }));
    if (shortened.length) summary.shortened = shortened;
    await browser.runtime.sendMessage({ type: 'content/done', auditId: run.auditId, crawl: summary } satisfies ToBackgroundFromContent);
  } catch (err) {
    await Promise.all(pending);
    await browser.runtime
      .sendMessage({ type: 'content/failed', auditId: run.auditId, error: err instanceof Error ? err.message : String(err) } satisfies ToBackgroundFromContent)
      .catch(() => undefined);
  } finally {
    progress.cancel();
    watch.stop();
  }
}

/** The rendered page's analysis now. */
function readRenderedPage(options: CrawlOptions): PageAnalysis {
  const {
    extractorErrors: _ignored,
    softNotFound: _notFound,
    ...live
  } = analyzePage(location.href, document.documentElement.outerHTML, { country: options.country });
  // A launcher in a corner that no vendor table knows: reported as a chat of unknown vendor.
  if (live.findings.some((f) => f.kind === 'chat')) return live;
  return { ...live, findings: [...live.findings, ...cornerWidgetFindings(cornerWidgets(document), location.href)] };
}

/**
 * The tab reads its own origin; the vendor's other hosts the shopper allowed are fetched by the
 * worker (background/other-host-fetch.ts), since the page's CORS rules stop the tab from reading them.
 */
function routedFetcher(local: Fetcher, auditId: string, viaWorker: string[]): Fetcher {
  if (!viaWorker.length) return local;
  return async (url, opts) => {
    const target = new URL(url);
    if (target.origin === location.origin || !viaWorker.includes(target.hostname)) return local(url, opts);
    const request: ContentFetch = { type: 'content/fetch', auditId, url, timeoutMs: opts.timeoutMs, maxBytes: opts.maxBytes };
    const reply = ContentFetchReplySchema.safeParse(await browser.runtime.sendMessage(request).catch(() => undefined));
    if (!reply.success) throw new FetchFailure('the extension could not fetch this page', 'other');
    if (!reply.data.ok) throw new FetchFailure(reply.data.message, reply.data.kind);
    return reply.data.result;
  };
}
