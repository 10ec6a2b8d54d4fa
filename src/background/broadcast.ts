// The audit's state to the open popup (and every other page of the extension, Chrome's engine
// document included, which only drops it). While the crawl runs, a page arrives every few
// milliseconds, and each broadcast is serialised for every page and re-renders the popup, on the
// same thread as Chrome's engine (one renderer holds the popup and the offscreen document: a CPU
// profile of an audit, issue #12). So a running audit is sent at most every BROADCAST_EVERY_MS, its
// latest state last; an ended one at once.
import browser from 'webextension-polyfill';
import type { AuditState } from '../messages.js';

export const BROADCAST_EVERY_MS = 100;

const lastSent = new Map<number, number>();
const waiting = new Map<number, { state: AuditState; timer: ReturnType<typeof setTimeout> }>();

function send(state: AuditState): Promise<void> {
  lastSent.set(state.tabId, Date.now());
  // No popup open is the usual case, not an error.
  return browser.runtime.sendMessage({ type: 'bg/state', state }).then(
    () => undefined,
    () => undefined,
  );
}

export function broadcast(state: AuditState): Promise<void> {
  const { tabId } = state;
  const queued = waiting.get(tabId);
  if (state.status !== 'crawling') {
    // The end wins over a running state still waiting to go out.
    if (queued) clearTimeout(queued.timer);
    waiting.delete(tabId);
    lastSent.delete(tabId);
    return send(state);
  }
  if (queued) {
    queued.state = state;
    return Promise.resolve();
  }
  const wait = BROADCAST_EVERY_MS - (Date.now() - (lastSent.get(tabId) ?? 0));
  if (wait <= 0) return send(state);
  const timer = setTimeout(() => {
    const latest = waiting.get(tabId);
    waiting.delete(tabId);
    if (latest) void send(latest.state);
  }, wait);
  waiting.set(tabId, { state, timer });
  return Promise.resolve();
}
