// Every audit lives in extension storage, not in worker memory: Chrome stops an idle service worker
// after ~30 s and Firefox unloads event pages, so each handler reads what it needs and writes back.
import browser from 'webextension-polyfill';
import type { CrawledPage } from '../core/crawl/crawl-types.js';
import type { PageAnalysis } from '../core/types.js';
import { AuditStateSchema, DEFAULT_SETTINGS, SettingsSchema, type AuditState, type Settings } from '../messages.js';

const store = browser.storage.local;

export const keys = {
  audit: (tabId: number, site: string) => `audit:${tabId}|${site}`,
  tab: (tabId: number) => `tab:${tabId}`,
  latest: (site: string) => `latest:${site}`,
  page: (auditId: string, url: string) => `page:${auditId}:${url}`,
  live: (auditId: string) => `live:${auditId}`,
};

export async function getValue(key: string): Promise<unknown> {
  return (await store.get(key))[key];
}

export async function getState(key: string | undefined): Promise<AuditState | undefined> {
  if (!key) return undefined;
  // Stored by an older version, or damaged: treat as absent rather than crash the worker.
  const parsed = AuditStateSchema.safeParse(await getValue(key));
  return parsed.success ? parsed.data : undefined;
}

export async function stateOfTab(tabId: number): Promise<{ key: string; state: AuditState } | undefined> {
  const key = await getValue(keys.tab(tabId));
  if (typeof key !== 'string') return undefined;
  const state = await getState(key);
  return state ? { key, state } : undefined;
}

export async function putState(state: AuditState): Promise<string> {
  const key = keys.audit(state.tabId, state.site);
  await store.set({ [key]: { ...state, updatedAt: new Date().toISOString() }, [keys.tab(state.tabId)]: key });
  return key;
}

export async function putPage(auditId: string, page: CrawledPage): Promise<void> {
  await store.set({ [keys.page(auditId, page.url)]: page });
}

export async function putLive(auditId: string, analysis: PageAnalysis): Promise<void> {
  await store.set({ [keys.live(auditId)]: analysis });
}

/** The pages of one run, in arrival order (the crawler sends them layer by layer). */
export async function pagesOf(state: AuditState): Promise<{ pages: CrawledPage[]; live?: PageAnalysis }> {
  const pageKeys = state.pageUrls.map((u) => keys.page(state.id, u));
  const got = await store.get([...pageKeys, keys.live(state.id)]);
  const pages = pageKeys.map((k) => got[k] as CrawledPage | undefined).filter((p): p is CrawledPage => p !== undefined);
  return { pages, live: got[keys.live(state.id)] as PageAnalysis | undefined };
}

/** Pages are only needed until the report is built; the report is what is kept. */
export async function dropPages(state: AuditState): Promise<void> {
  await store.remove([...state.pageUrls.map((u) => keys.page(state.id, u)), keys.live(state.id)]);
}

export async function getSettings(): Promise<Settings> {
  const parsed = SettingsSchema.safeParse(await getValue('settings'));
  return parsed.success ? parsed.data : DEFAULT_SETTINGS;
}

export async function putSettings(settings: Settings): Promise<void> {
  await store.set({ settings: SettingsSchema.parse(settings) });
}

/**
 * Drop finished audits older than `maxAgeMs` (they are no longer shown; the history keeps their
 * scores) so storage.local does not grow with every tab ever audited.
 */
export async function pruneAudits(maxAgeMs: number, now = Date.now()): Promise<void> {
  const all = await store.get(null);
  const stale = Object.keys(all).filter((key) => {
    if (!key.startsWith('audit:')) return false;
    const parsed = AuditStateSchema.safeParse(all[key]);
    return !parsed.success || (parsed.data.status !== 'crawling' && now - Date.parse(parsed.data.updatedAt ?? parsed.data.startedAt) > maxAgeMs);
  });
  const pointers = Object.keys(all).filter((key) => /^(tab|latest):/.test(key) && stale.includes(String(all[key])));
  if (stale.length) await store.remove([...stale, ...pointers]);
}
