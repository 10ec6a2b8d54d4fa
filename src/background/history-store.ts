// Where the history lives: extension storage, local to this browser profile (never synced). The
// index (scores per site) is one key the pages list from; each kept report has a key of its own,
// so listing the history never reads the reports, and reopening one reads only that one.
import browser from 'webextension-polyfill';
import { addAudit, HistorySchema, reportKey, type History, type HistoryEntry } from './history.js';
import { withLock } from './lock.js';

export async function loadHistory(): Promise<History> {
  const parsed = HistorySchema.safeParse((await browser.storage.local.get('history')).history);
  return parsed.success ? parsed.data : {};
}

export async function saveHistory(history: History): Promise<void> {
  await browser.storage.local.set({ history });
}

/**
 * Add one audit's entry, and its full report when given (the history page reopens it). Every site
 * shares the one `history` key, while audits are serialised per tab only: two tabs finishing
 * together would each read the old history and the later write would drop the other's entry. One
 * queue for the key keeps each read-modify-write whole.
 */
export function appendHistory(site: string, entry: HistoryEntry, report?: unknown): Promise<void> {
  return withLock('history', async () => {
    const json = report === undefined ? undefined : JSON.stringify(report);
    const { history, drop } = addAudit(await loadHistory(), site, json === undefined ? entry : { ...entry, reportBytes: json.length });
    // The report first: an index entry never points at a report that is not there yet.
    if (json !== undefined) await browser.storage.local.set({ [reportKey(site, entry.at)]: JSON.parse(json) as unknown });
    await saveHistory(history);
    if (drop.length) await browser.storage.local.remove(drop);
  });
}

/** A kept report as stored (the caller checks it with the report schema), or undefined. */
export async function loadHistoryReport(site: string, at: string): Promise<unknown> {
  const key = reportKey(site, at);
  return (await browser.storage.local.get(key))[key];
}

/** In the same queue as appendHistory: a clear is not undone by an audit finishing at that instant. */
export function clearHistory(): Promise<void> {
  return withLock('history', async () => {
    const reports = Object.entries(await loadHistory()).flatMap(([site, entries]) =>
      entries.filter((e) => e.reportBytes !== undefined).map((e) => reportKey(site, e.at)),
    );
    await browser.storage.local.remove(['history', ...reports]);
  });
}
