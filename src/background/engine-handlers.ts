// What the engine streams while it crawls. Only the tab's current run is handled (an older run's
// stragglers, or a run for another tab, are ignored: handleEngineStream).
import { t } from '../browser/i18n.js';
import type { AuditState, LiveFinding, ToBackgroundFromEngine } from '../messages.js';
import { finish, tabLock } from './audits.js';
import { broadcast } from './broadcast.js';
import { withLock } from './lock.js';
import { putLive, putPage, putState, stateOfTab } from './store.js';

/** The popup lists findings as they come; past this many, the report has the rest. */
const MAX_LIVE = 200;

type Msg<T extends ToBackgroundFromEngine['type']> = Extract<ToBackgroundFromEngine, { type: T }>;
type Handler<T extends ToBackgroundFromEngine['type']> = (state: AuditState, msg: Msg<T>) => Promise<void>;

async function save(state: AuditState): Promise<void> {
  await putState(state);
  await broadcast(state);
}

const engineHandlers: { [T in ToBackgroundFromEngine['type']]: Handler<T> } = {
  'engine/progress': async (state, { progress }) => {
    await save({
      ...state,
      progress: {
        pagesFetched: Math.max(progress.pagesFetched, state.pageUrls.length),
        maxPages: progress.maxPages,
        depth: progress.depth,
        url: progress.url,
        queued: progress.queued,
      },
    });
  },
  'engine/page': async (state, { page }) => {
    const stored = putPage(state.id, page);
    const live = [...state.live];
    const seen = new Set(live.map((f) => `${f.kind}\u0000${f.value}\u0000${f.role}`));
    for (const f of page.analysis.findings) {
      const key = `${f.kind}\u0000${f.value}\u0000${f.role}`;
      if (seen.has(key) || live.length >= MAX_LIVE) continue;
      seen.add(key);
      const finding: LiveFinding = {
        kind: f.kind,
        value: f.value,
        role: f.role,
        url: page.url,
        depth: page.depth,
        ...(f.display ? { display: f.display } : {}),
      };
      live.push(finding);
    }
    const pageUrls = state.pageUrls.includes(page.url) ? state.pageUrls : [...state.pageUrls, page.url];
    const progress = {
      ...state.progress,
      pagesFetched: Math.max(state.progress.pagesFetched, pageUrls.length),
      depth: Math.max(state.progress.depth, page.depth),
    };
    await Promise.all([stored, save({ ...state, pageUrls, live, progress })]);
  },
  'engine/live-dom': async (state, { analysis }) => {
    await putLive(state.id, analysis);
  },
  'engine/done': async (state, { crawl }) => {
    await finish(state, crawl);
  },
  'engine/failed': async (state, { error }) => {
    await save({ ...state, status: 'error', finishedAt: new Date().toISOString(), error: t('popup_error_crawl', { detail: error }) });
  },
};

/** Under the tab's lock: the crawl sends several pages at once, and two handlers interleaving would lose one. */
export function handleEngineStream(msg: ToBackgroundFromEngine): Promise<{ ok: boolean }> {
  return withLock(tabLock(msg.tabId), async () => {
    const state = (await stateOfTab(msg.tabId))?.state;
    if (!state || state.id !== msg.auditId || state.status !== 'crawling') return { ok: false };
    const handler = engineHandlers[msg.type] as (s: AuditState, m: ToBackgroundFromEngine) => Promise<void>;
    await handler(state, msg);
    return { ok: true };
  });
}
