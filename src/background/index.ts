// The background worker: wiring only. Messages in (validated, sender checked), storage and the
// badge out. Listeners are registered synchronously at the top level so a restarted service
// worker (Chrome) or reloaded event page (Firefox) receives the message that woke it.
import browser, { type Runtime } from 'webextension-polyfill';
import { ContentFetchSchema } from '../other-host-messages.js';
import {
  ToBackgroundFromContentSchema,
  ToBackgroundFromPageSchema,
  type AuditState,
  type PopupResponse,
  type ToBackgroundFromContent,
  type ToBackgroundFromPage,
} from '../messages.js';
import { endAudit, endOnNavigation, openAudit, restoreBadge, stopAudit, tabLock } from './audits.js';
import { contentHandlers } from './content-handlers.js';
import { exportAudit } from './export.js';
import { browserLanguage, t } from '../browser/i18n.js';
import { fetchForContent } from './other-host-fetch.js';
import { clearHistory } from './history-store.js';
import { historyCompare, historyReport } from './history-answers.js';
import { classifySender } from './senders.js';
import { withLock } from './lock.js';
import { stateOfTab } from './store.js';

const EXTENSION_ORIGIN = browser.runtime.getURL('');

const pageHandlers: { [T in ToBackgroundFromPage['type']]: (msg: Extract<ToBackgroundFromPage, { type: T }>) => Promise<PopupResponse> } = {
  'popup/open': (msg) => withLock(tabLock(msg.tabId), () => openAudit(msg.tabId, false)),
  'popup/rerun': (msg) => withLock(tabLock(msg.tabId), () => openAudit(msg.tabId, true)),
  'popup/stop': (msg) => withLock(tabLock(msg.tabId), () => stopAudit(msg.tabId)),
  'popup/get': async (msg) => {
    const current = await stateOfTab(msg.tabId);
    return current ? { kind: 'state', state: current.state } : { kind: 'unsupported', reason: t('popup_unsupported_no_audit') };
  },
  'popup/export': async (msg) => {
    const current = await stateOfTab(msg.tabId);
    if (!current?.state.report) return { kind: 'unsupported', reason: t('popup_unsupported_not_finished') };
    return exportAudit(current.state, msg.format, browserLanguage());
  },
  'options/clear-history': async () => {
    await clearHistory();
    return { kind: 'done' };
  },
  'history/report': (msg) => historyReport(msg, msg.lang ?? browserLanguage()),
  'history/compare': (msg) => historyCompare(msg, msg.lang ?? browserLanguage()),
};

const fetchHandlers = { 'content/fetch': fetchForContent };

function handlePage(msg: ToBackgroundFromPage): Promise<PopupResponse> {
  // The union is closed, so the handler for msg.type takes exactly this message.
  const handler = pageHandlers[msg.type] as (m: ToBackgroundFromPage) => Promise<PopupResponse>;
  return handler(msg);
}

async function handleContent(tabId: number, msg: ToBackgroundFromContent): Promise<{ ok: boolean }> {
  return withLock(tabLock(tabId), async () => {
    const state = (await stateOfTab(tabId))?.state;
    // Only the run this tab is doing now; a stale run, or a script in another tab, is ignored.
    if (!state || state.id !== msg.auditId || state.status !== 'crawling') return { ok: false };
    const handler = contentHandlers[msg.type] as (s: AuditState, m: ToBackgroundFromContent) => Promise<void>;
    await handler(state, msg);
    return { ok: true };
  });
}

browser.runtime.onMessage.addListener((raw: unknown, sender: Runtime.MessageSender) => {
  const from = classifySender(sender, browser.runtime.id, EXTENSION_ORIGIN);
  if (!from) return undefined;
  if (from.kind === 'extension-page') {
    const parsed = ToBackgroundFromPageSchema.safeParse(raw);
    return parsed.success ? handlePage(parsed.data) : undefined;
  }
  // Not under the tab's lock: the crawl has several pages in flight, and a fetch changes no state.
  const fetch = ContentFetchSchema.safeParse(raw);
  if (fetch.success) return fetchHandlers['content/fetch'](from.tabId, fetch.data);
  const parsed = ToBackgroundFromContentSchema.safeParse(raw);
  return parsed.success ? handleContent(from.tabId, parsed.data) : undefined;
});

// The content script holds a port open while it crawls: the port closing under a live worker means
// the page went away (reload, navigation, crash). When the worker itself stops, the script reconnects.
browser.runtime.onConnect.addListener((port) => {
  const from = port.sender ? classifySender(port.sender, browser.runtime.id, EXTENSION_ORIGIN) : undefined;
  const auditId = /^audit:(.+)$/.exec(port.name)?.[1];
  if (from?.kind !== 'content' || !auditId) return void port.disconnect();
  port.onDisconnect.addListener(() => void withLock(tabLock(from.tabId), () => endAudit(from.tabId, 'disconnected', auditId)));
});

browser.tabs.onUpdated.addListener((tabId, change, tab) => {
  if (change.url !== undefined) void withLock(tabLock(tabId), () => endOnNavigation(tabId, change.url as string));
  if (change.status === 'complete') void withLock(tabLock(tabId), () => restoreBadge(tabId, tab.url));
});

browser.tabs.onRemoved.addListener((tabId) => {
  void withLock(tabLock(tabId), () => endAudit(tabId, 'closed'));
});
