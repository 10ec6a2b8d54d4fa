// What the extension holds, read from outside: its storage, its badges, and the errors its service
// worker throws or logs. Read through the worker itself, so no popup has to be open. The readers of
// a storage snapshot (auditsIn, historyIn, …) and pollStorage serve the Firefox tests too.
import type { CDPSession, Page, Target } from 'puppeteer-core';
import { inWorker, type ChromeHarness } from './chromium.js';

export interface StoredAudit {
  id: string;
  tabId: number;
  site: string;
  status: 'crawling' | 'done' | 'error';
  pageUrls: string[];
  error?: string;
  report?: { site: string; partial: boolean; partialReason?: string; findings: { kind: string; value: string; role: string }[] };
}
export interface HistoryEntry {
  at: string;
  overall: number;
  partial: boolean;
}

/**
 * Evaluate in the service worker. Right after launch (or a restart) the worker's target can answer
 * before its global scope is set up ("chrome is not defined", "setTimeout is not defined"): wait
 * until it is, for a few seconds.
 */
export async function workerEval<T>(h: ChromeHarness, expression: string): Promise<T> {
  const ready = "typeof chrome === 'object' && !!chrome.storage && typeof setTimeout === 'function'";
  for (let attempt = 0; ; attempt++) {
    try {
      if (await inWorker<boolean>(h, ready)) return await inWorker<T>(h, expression);
    } catch (err) {
      if (attempt >= 25 || !/is not defined|Execution context was destroyed|Target closed/.test(String(err))) throw err;
    }
    if (attempt >= 25) throw new Error('the service worker never became ready');
    await new Promise((r) => setTimeout(r, 200));
  }
}

export async function storage(h: ChromeHarness): Promise<Record<string, unknown>> {
  return workerEval<Record<string, unknown>>(h, 'chrome.storage.local.get(null)');
}

export async function clearStorage(h: ChromeHarness): Promise<void> {
  await workerEval(h, 'chrome.storage.local.clear()');
}

/** Wait until the popup shows the audit finished, well or not; its status. */
export async function waitForEnd(popup: Page, timeout = 60_000): Promise<string> {
  await popup.waitForFunction(() => /^(done|error)$/.test(document.querySelector('[data-testid="status"]')?.textContent ?? ''), { timeout, polling: 100 });
  return popup.$eval('[data-testid="status"]', (el) => el.textContent ?? '');
}

/** The audits kept in storage (keys `audit:<tab>|<site>`). */
export function auditsIn(all: Record<string, unknown>): StoredAudit[] {
  return Object.entries(all)
    .filter(([k]) => k.startsWith('audit:'))
    .map(([, v]) => v as StoredAudit);
}

export function historyIn(all: Record<string, unknown>, site: string): HistoryEntry[] {
  return ((all.history ?? {}) as Record<string, HistoryEntry[]>)[site] ?? [];
}

/** The audit a tab shows now (the `tab:<id>` pointer), as stored. */
export function auditOfTab(all: Record<string, unknown>, tabId: number): StoredAudit | undefined {
  const key = all[`tab:${tabId}`];
  return typeof key === 'string' ? (all[key] as StoredAudit | undefined) : undefined;
}

/** Page and live-DOM keys exist only while an audit runs; a finished or ended one leaves none. */
export function leftoverPageKeys(all: Record<string, unknown>): string[] {
  return Object.keys(all).filter((k) => k.startsWith('page:') || k.startsWith('live:'));
}

export async function badgeText(h: ChromeHarness, tabId: number): Promise<string> {
  return workerEval<string>(h, `chrome.action.getBadgeText({ tabId: ${tabId} })`);
}

export async function waitForStorage(
  h: ChromeHarness,
  what: string,
  ok: (all: Record<string, unknown>) => boolean,
  timeout = 60_000,
): Promise<Record<string, unknown>> {
  return pollStorage(() => storage(h), what, ok, timeout);
}

/** Read storage with `read` until `ok` holds; browser-neutral (Firefox reads it from an extension page). */
export async function pollStorage(
  read: () => Promise<Record<string, unknown>>,
  what: string,
  ok: (all: Record<string, unknown>) => boolean,
  timeout = 60_000,
): Promise<Record<string, unknown>> {
  const until = Date.now() + timeout;
  for (;;) {
    const all = await read();
    if (ok(all)) return all;
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}; storage: ${JSON.stringify(Object.keys(all))}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

/**
 * Every uncaught exception, unhandled rejection and console error of the extension's service
 * worker (each instance, if Chrome restarts it) from now until stop().
 */
export async function watchWorkerErrors(h: ChromeHarness): Promise<{ errors: string[]; stop: () => Promise<void> }> {
  const errors: string[] = [];
  const since = Date.now();
  const sessions: CDPSession[] = [];
  const isOurs = (t: Target) => t.type() === 'service_worker' && t.url().startsWith(`chrome-extension://${h.extensionId}/`);
  const attach = async (t: Target) => {
    if (!isOurs(t)) return;
    const session = await t.createCDPSession();
    sessions.push(session);
    // Enabling the domains replays what the worker reported before: only what happens from now counts.
    session.on('Runtime.exceptionThrown', (e) => {
      if (e.timestamp >= since) errors.push(`exception: ${e.exceptionDetails.exception?.description ?? e.exceptionDetails.text}`);
    });
    session.on('Runtime.consoleAPICalled', (e) => {
      if (e.timestamp >= since && (e.type === 'error' || e.type === 'assert'))
        errors.push(`console.${e.type}: ${e.args.map((a) => a.value ?? a.description).join(' ')}`);
    });
    session.on('Log.entryAdded', (e) => {
      if (e.entry.timestamp >= since && e.entry.level === 'error') errors.push(`log: ${e.entry.text}`);
    });
    await Promise.all([session.send('Runtime.enable'), session.send('Log.enable')]);
  };
  const onCreated = (t: Target) => void attach(t).catch(() => undefined);
  h.browser.on('targetcreated', onCreated);
  await h.browser.waitForTarget(isOurs, { timeout: 10_000 }).catch(() => undefined);
  // A worker stopping while we attach is no error of the extension's; its successor is attached on creation.
  await Promise.all(h.browser.targets().map((t) => attach(t).catch(() => undefined)));
  return {
    errors,
    stop: async () => {
      h.browser.off('targetcreated', onCreated);
      await Promise.all(sessions.map((s) => s.detach().catch(() => undefined)));
    },
  };
}
