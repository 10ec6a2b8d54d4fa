// The engine's requests, answered by the worker: the tab's pages and its rendered page through the
// tab agent, the vendor's other hosts the shopper allowed by the worker itself. Nothing here changes
// state but one: the engine saying it is idle closes its document. The agent answers only for the
// audit it was started for.
import browser from 'webextension-polyfill';
import type { EngineRequest } from '../engine-messages.js';
import { FetchReplySchema, type FetchReply } from '../other-host-messages.js';
import { SnapshotSchema, type Snapshot, type ToContent } from '../tab-messages.js';
import { closeEngineIfIdle } from './engine-host.js';
import { fetchForEngine } from './other-host-fetch.js';

export async function answerEngine(msg: EngineRequest): Promise<FetchReply | Snapshot | null> {
  if (msg.type === 'engine/idle') return closeEngineIfIdle().then(() => null);
  const { auditId, tabId } = msg;
  switch (msg.type) {
    case 'engine/other-host-fetch':
      return fetchForEngine(tabId, msg);
    case 'engine/tab-fetch': {
      const { url, timeoutMs, maxBytes } = msg;
      const answer = await askTab(tabId, { type: 'content/fetch-page', auditId, url, timeoutMs, maxBytes });
      return FetchReplySchema.safeParse(answer).data ?? { ok: false, kind: 'other', message: 'the tab did not answer' };
    }
    case 'engine/snapshot':
      return SnapshotSchema.safeParse(await askTab(tabId, { type: 'content/snapshot', auditId, after: msg.after })).data ?? null;
  }
}

function askTab(tabId: number, msg: ToContent): Promise<unknown> {
  return browser.tabs.sendMessage(tabId, msg, { frameId: 0 }).catch(() => undefined);
}
