// What the content script streams while it crawls. Each handler checks that the message belongs to
// the tab's current run (an older run's stragglers, or another tab's script, are ignored).
import { t } from '../browser/i18n.js';
import type { AuditState, LiveFinding, ToBackgroundFromContent } from '../messages.js';
import { broadcast, finish } from './audits.js';
import { putLive, putPage, putState } from './store.js';

/** The popup lists findings as they come; past this many, the report has the rest. */
const MAX_LIVE = 200;

type Msg<T extends ToBackgroundFromContent['type']> = Extract<ToBackgroundFromContent, { type: T }>;
type Handler<T extends ToBackgroundFromContent['type']> = (state: AuditState, msg: Msg<T>) => Promise<void>;

async function save(state: AuditState): Promise<void> {
  await putState(state);
  await broadcast(state);
}

export const contentHandlers: { [T in ToBackgroundFromContent['type']]: Handler<T> } = {
  'content/progress': async (state, { progress }) => {
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
  'content/page': async (state, { page }) => {
    await putPage(state.id, page);
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
    await save({ ...state, pageUrls, live, progress });
  },
  'content/live-dom': async (state, { analysis }) => {
    await putLive(state.id, analysis);
  },
  'content/done': async (state, { crawl }) => {
    await finish(state, crawl);
  },
  'content/failed': async (state, { error }) => {
    await save({ ...state, status: 'error', finishedAt: new Date().toISOString(), error: t('popup_error_crawl', { detail: error }) });
  },
};
