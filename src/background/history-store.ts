// Where the history lives: extension storage, local to this browser profile (never synced).
import browser from 'webextension-polyfill';
import { HistorySchema, type History } from './history.js';

export async function loadHistory(): Promise<History> {
  const parsed = HistorySchema.safeParse((await browser.storage.local.get('history')).history);
  return parsed.success ? parsed.data : {};
}

export async function saveHistory(history: History): Promise<void> {
  await browser.storage.local.set({ history });
}

export async function clearHistory(): Promise<void> {
  await browser.storage.local.remove('history');
}
