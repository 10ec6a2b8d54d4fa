// Where the history lives: extension storage, local to this browser profile (never synced).
import browser from 'webextension-polyfill';
import { addEntry, HistorySchema, type History, type HistoryEntry } from './history.js';
import { withLock } from './lock.js';

export async function loadHistory(): Promise<History> {
  const parsed = HistorySchema.safeParse((await browser.storage.local.get('history')).history);
  return parsed.success ? parsed.data : {};
}

export async function saveHistory(history: History): Promise<void> {
  await browser.storage.local.set({ history });
}

/**
 * Add one audit's entry. Every site shares the one `history` key, while audits are serialised per
 * tab only: two tabs finishing together would each read the old history and the later write would
 * drop the other's entry. One queue for the key keeps each read-modify-write whole.
 */
export function appendHistory(site: string, entry: HistoryEntry): Promise<void> {
  return withLock('history', async () => saveHistory(addEntry(await loadHistory(), site, entry)));
}

/** In the same queue as appendHistory: a clear is not undone by an audit finishing at that instant. */
export function clearHistory(): Promise<void> {
  return withLock('history', () => browser.storage.local.remove('history'));
}
