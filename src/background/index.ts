// The background worker: wiring only. Messages in (validated, sender checked), storage and the
// badge out. Listeners are registered synchronously at the top level so a restarted service
// worker (Chrome) or reloaded event page (Firefox) receives the message that woke it.
import browser, { type Runtime } from 'webextension-polyfill';
import { EngineRequestSchema } from '../engine-messages.js';
import { ToBackgroundFromEngineSchema, ToBackgroundFromPageSchema, type PopupResponse, type ToBackgroundFromPage } from '../messages.js';
import { endAudit, endOnNavigation, openAudit, restoreBadge, stopAudit, tabLock } from './audits.js';
import { handleEngineStream } from './engine-handlers.js';
import { setEngineDelivery } from './engine-host.js';
import { answerEngine } from './engine-relay.js';
import { exportAudit } from './export.js';
import { browserLanguage, t } from '../browser/i18n.js';
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

function handlePage(msg: ToBackgroundFromPage): Promise<PopupResponse> {
  // The union is closed, so the handler for msg.type takes exactly this message.
  const handler = pageHandlers[msg.type] as (m: ToBackgroundFromPage) => Promise<PopupResponse>;
  return handler(msg);
}

/**
 * A message from one of this extension's pages: the popup, options, history and report pages, or
 * the engine (Chrome's offscreen document; in Firefox the engine calls this directly). Not under a
 * lock for the engine's requests: the crawl has several pages in flight, and a fetch changes no state.
 */
function handleExtensionPage(raw: unknown): Promise<unknown> | undefined {
  const page = ToBackgroundFromPageSchema.safeParse(raw);
  if (page.success) return handlePage(page.data);
  const request = EngineRequestSchema.safeParse(raw);
  if (request.success) return answerEngine(request.data);
  const stream = ToBackgroundFromEngineSchema.safeParse(raw);
  return stream.success ? handleEngineStream(stream.data) : undefined;
}
setEngineDelivery((msg) => handleExtensionPage(msg) ?? Promise.resolve(undefined));

browser.runtime.onMessage.addListener((raw: unknown, sender: Runtime.MessageSender) => {
  const from = classifySender(sender, browser.runtime.id, EXTENSION_ORIGIN);
  if (!from) return undefined;
  // The tab agent only answers (tab-messages.ts) and holds its port: nothing it sends is taken.
  return from.kind === 'extension-page' ? handleExtensionPage(raw) : undefined;
});

// The tab agent holds a port open while the audit runs: the port closing under a live worker means
// the page went away (reload, navigation, crash). When the worker itself stops, the agent reconnects.
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
