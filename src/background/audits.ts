// The life of one audit: start (inject the tab agent on the click, start the engine), absorb what
// the engine streams, finish (score and keep the report). Every step reads and writes storage under the tab's lock.
import browser from 'webextension-polyfill';
import { DEFAULT_CRAWL_OPTIONS, type CrawlOptions } from '../core/crawl/crawl-types.js';
import type { AuditState, CrawlSummary, PopupResponse } from '../messages.js';
import { ContentPingResponseSchema, type ToContent } from '../tab-messages.js';
import { prepareEngine, startEngine, stopEngine } from './engine-host.js';
import { t } from '../browser/i18n.js';
import { reasonOf, type Reason } from '../core/outcome/reason.js';
import { assembleReport } from './assemble.js';
import { broadcast } from './broadcast.js';
import { showReport, showRunning } from './badge.js';
import { appendHistory } from './history-store.js';
import { readableHosts } from './other-host-fetch.js';
import { siteDomainOption } from '../core/crawl/site-domain.js';
import { dropPages, getSettings, getState, getValue, keys, pagesOf, pruneAudits, putState, stateOfTab } from './store.js';

declare const __VERSION__: string;
/** A finished audit of the same site is shown instead of a new crawl for this long (issue #4). */
const REUSE_MS = 24 * 60 * 60 * 1000;
/**
 * A running crawl reports at least every request timeout (10 s); silence for this long means its
 * tab agent or engine died without the worker seeing the tab navigate (a crash, a discarded tab).
 */
const STALE_MS = 90_000;
/** Injecting into a tab and starting the crawl takes milliseconds; a hung tab must not hang the popup. */
const START_TIMEOUT_MS = 15_000;
/** A live tab agent answers a ping at once; the tab's other messages wait behind it (tab lock). */
const PING_TIMEOUT_MS = 5_000;

export const tabLock = (tabId: number) => `tab:${tabId}`;

function webUrl(url: string | undefined): URL | undefined {
  if (!url || !/^https?:/i.test(url)) return undefined;
  const parsed = new URL(url);
  parsed.hash = '';
  return parsed;
}

/** Worth showing again instead of a new crawl: running, or done within a day. A failed start is retried. */
const fresh = (s: AuditState) => s.status === 'crawling' || (s.status === 'done' && Date.now() - Date.parse(s.finishedAt ?? s.startedAt) < REUSE_MS);

/** The shopper's Stop: the running audit ends at once, as a partial report of the pages read so far. */
export async function stopAudit(tabId: number): Promise<PopupResponse> {
  const current = await stateOfTab(tabId);
  if (!current) return { kind: 'unsupported', reason: t('popup_unsupported_no_audit') };
  const { state } = current;
  if (state.status !== 'crawling') return { kind: 'state', state };
  const read = state.pageUrls.length;
  return {
    kind: 'state',
    state: await finish(state, undefined, reasonOf('reason_user_stopped', { count: read })),
  };
}

/** The popup opened: the tab's audit of this site if recent, else the site's recent audit, else a new one. */
export async function openAudit(tabId: number, rerun: boolean): Promise<PopupResponse> {
  const url = webUrl((await browser.tabs.get(tabId)).url);
  if (!url) return { kind: 'unsupported', reason: t('popup_unsupported_not_web') };
  const site = url.origin;
  const own = await getState(keys.audit(tabId, site));
  if (rerun) {
    if (own?.status === 'crawling') await stopRun(own);
    if (own) await dropPages(own);
    return { kind: 'state', state: await start(tabId, url.href, site) };
  }
  if (own?.status === 'crawling' && Date.now() - Date.parse(own.updatedAt ?? own.startedAt) > STALE_MS) {
    return {
      kind: 'state',
      state: await finish(own, undefined, reasonOf('reason_stale')),
    };
  }
  if (own && fresh(own)) {
    await putState(own); // makes it the tab's current audit again
    if (own.report) await showReport(tabId, own.report);
    return { kind: 'state', state: own };
  }
  const latest = await getState((await getValue(keys.latest(site))) as string | undefined);
  if (latest?.report && fresh(latest)) {
    const adopted = { ...latest, tabId };
    await putState(adopted);
    await showReport(tabId, latest.report);
    return { kind: 'state', state: adopted };
  }
  return { kind: 'state', state: await start(tabId, url.href, site) };
}

async function start(tabId: number, startUrl: string, site: string): Promise<AuditState> {
  const [settings, hosts] = await Promise.all([getSettings(), readableHosts()]);
  const options: CrawlOptions = {
    ...DEFAULT_CRAWL_OPTIONS,
    maxDepth: settings.maxDepth,
    maxPages: settings.maxPages,
    respectRobots: settings.respectRobots,
    ...(settings.country ? { country: settings.country } : {}),
    // The tab may read its own origin only: the vendor's help centre on another host is listed, with the path to it.
    vendorHosts: 'list',
    ...siteDomainOption(startUrl),
    // Those the shopper let the extension read (the popup asks, one host at a time) are read after all.
    readableHosts: hosts,
    // Multilingual sites are read in the shopper's language first (core/crawl/link-priority.ts).
    language: browser.i18n.getUILanguage(),
  };
  const state: AuditState = {
    id: `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`,
    tabId,
    site,
    startUrl,
    status: 'crawling',
    startedAt: new Date().toISOString(),
    options,
    progress: { pagesFetched: 0, maxPages: options.maxPages, depth: 0, url: startUrl },
    pageUrls: [],
    live: [],
  };
  // Stored while the agent is injected and the engine loads; before the engine starts, whose stream reads it.
  const stored = Promise.all([putState(state), showRunning(tabId)]);
  try {
    // activeTab grants this tab to the extension for this click: no host permission is needed.
    // Injected at once, not at document idle: a page still loading trackers must not delay the audit.
    // The engine loads while the agent is injected; it starts once the agent answers for this run.
    await withTimeout(
      (async () => {
        await Promise.all([
          stored,
          prepareEngine(),
          (async () => {
            await browser.scripting.executeScript({ target: { tabId }, files: ['content.js'], injectImmediately: true });
            await browser.tabs.sendMessage(tabId, { type: 'content/start', auditId: state.id } satisfies ToContent);
          })(),
        ]);
        await startEngine({ auditId: state.id, tabId, startUrl, options });
      })(),
      START_TIMEOUT_MS,
    );
    return state;
  } catch (err) {
    const failed: AuditState = {
      ...state,
      status: 'error',
      error: t('popup_error_start', { detail: err instanceof Error ? err.message : String(err) }),
    };
    await putState(failed);
    await browser.action.setBadgeText({ tabId, text: '' }).catch(() => undefined);
    return failed;
  }
}

function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`no answer from the tab within ${ms / 1000} s`)), ms)));
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

/** The run ends in the engine and in the tab (the agent lets go of the page); either may be gone already. */
async function stopRun(state: AuditState): Promise<void> {
  await Promise.all([
    stopEngine(state.id).catch(() => undefined),
    browser.tabs.sendMessage(state.tabId, { type: 'content/stop', auditId: state.id } satisfies ToContent).catch(() => undefined),
  ]);
}

/**
 * Score what was crawled and keep the report; the pages are dropped, the report stays. The shopper
 * sees the result as soon as it is stored: the site's pointer, the history and the badge follow,
 * and the run's pages are dropped last (the click-to-done time of issue #12).
 */
export async function finish(state: AuditState, summary?: CrawlSummary, partial?: Reason): Promise<AuditState> {
  const stopping = stopRun(state);
  const { pages, live } = await pagesOf(state);
  let next: AuditState;
  try {
    const report = assembleReport({
      state,
      pages,
      live,
      summary,
      ...(partial ? { partialReason: partial.reason, partialMessage: partial.message } : {}),
      finishedAt: new Date().toISOString(),
      toolVersion: __VERSION__,
    });
    next = { ...state, status: 'done', finishedAt: report.finishedAt, pageUrls: [], report };
  } catch (err) {
    // An engine bug must still end the audit visibly, not leave the popup "crawling" forever.
    next = failedFinish(state, err);
  }
  // Shown while it is stored: the popup draws the state it is sent, and asks storage only later.
  await Promise.all([putState(next), broadcast(next)]);
  if (next.report) {
    try {
      await keepReport(next, next.report, summary !== undefined);
    } catch (err) {
      next = failedFinish(state, err);
      await putState(next);
      await broadcast(next);
    }
  } else await browser.action.setBadgeText({ tabId: state.tabId, text: '!' }).catch(() => undefined);
  await stopping;
  await dropPages(state);
  await pruneAudits(REUSE_MS).catch(() => undefined);
  return next;
}

function failedFinish(state: AuditState, err: unknown): AuditState {
  return {
    ...state,
    status: 'error',
    finishedAt: new Date().toISOString(),
    pageUrls: [],
    error: t('popup_error_scoring', { detail: err instanceof Error ? err.message : String(err) }),
  };
}

/** The finished report as the site's audit, in the history and on the badge. */
async function keepReport(state: AuditState, report: NonNullable<AuditState['report']>, ranToEnd: boolean): Promise<void> {
  await Promise.all([
    // Offered to other tabs as the site's audit only if the crawl ran to its end: one cut short by
    // its tab (closed, navigated, silent) stays that tab's, and a new tab on the site audits afresh.
    ranToEnd ? browser.storage.local.set({ [keys.latest(state.site)]: keys.audit(state.tabId, state.site) }) : undefined,
    // A site that could not be read is no audit for the history (and has no score to keep).
    report.scores
      ? appendHistory(
          report.site,
          {
            at: report.finishedAt,
            overall: report.scores.overall,
            sales: report.scores.sales,
            support: report.scores.support,
            grade: report.scores.grade,
            partial: report.partial,
          },
          report,
        )
      : undefined,
    showReport(state.tabId, report),
  ]);
}

/**
 * The tab left the audited page, reloaded or closed mid-crawl: its tab agent is gone, so end
 * with what was crawled, and say so. Seen two ways: the tab's URL changed (tabs.onUpdated), or the
 * tab agent's port closed while this worker was alive (a reload keeps the URL the same).
 */
export async function endAudit(tabId: number, why: 'navigated' | 'closed' | 'disconnected', auditId?: string): Promise<void> {
  const state = (await stateOfTab(tabId))?.state;
  if (state?.status !== 'crawling' || (auditId !== undefined && state.id !== auditId)) return;
  // A closing tab drops the script's port before tabs.onRemoved fires: ask whether the tab is still there.
  const closed =
    why === 'closed' ||
    (why === 'disconnected' &&
      !(await browser.tabs.get(tabId).then(
        () => true,
        () => false,
      )));
  await finish(state, undefined, reasonOf(closed ? 'reason_tab_closed' : 'reason_tab_left', { count: state.pageUrls.length }));
}

/**
 * A URL change that leaves the start page (not a #hash change) ends a running audit, unless the
 * crawl still runs in the tab: the page's own script (history.pushState in a single-page app)
 * changes the URL without unloading the document, and must not be able to cut the audit short.
 */
export async function endOnNavigation(tabId: number, url: string): Promise<void> {
  const state = (await stateOfTab(tabId))?.state;
  if (state?.status !== 'crawling' || webUrl(url)?.href === webUrl(state.startUrl)?.href) return;
  if (await agentRunsIn(tabId, state.id)) return;
  await endAudit(tabId, 'navigated');
}

/** A new document has no tab agent (it is injected, never declared), so no answer means gone. */
async function agentRunsIn(tabId: number, auditId: string): Promise<boolean> {
  const ping = browser.tabs.sendMessage(tabId, { type: 'content/ping', auditId } satisfies ToContent);
  const answer: unknown = await withTimeout(ping, PING_TIMEOUT_MS).catch(() => undefined);
  return ContentPingResponseSchema.safeParse(answer).data?.running === true;
}

/** Chrome clears a tab's badge on navigation; keep the score visible while the tab is on the audited site. */
export async function restoreBadge(tabId: number, url: string | undefined): Promise<void> {
  const state = (await stateOfTab(tabId))?.state;
  if (state?.report && webUrl(url)?.origin === state.site) await showReport(tabId, state.report);
}
