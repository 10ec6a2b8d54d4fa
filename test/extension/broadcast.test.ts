// A running audit's states reach the popup at most every BROADCAST_EVERY_MS, the latest last; its end
// at once, and no older running state after it (background/broadcast.ts).
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import type { AuditState } from '../../src/messages.js';

const sent: { tabId: number; status: string; pages: number }[] = [];
vi.mock('webextension-polyfill', () => ({
  default: {
    runtime: {
      sendMessage: async (msg: { state: AuditState }) => {
        sent.push({ tabId: msg.state.tabId, status: msg.state.status, pages: msg.state.pageUrls.length });
        // No popup open: Chrome rejects; that is no error for the worker.
        if (msg.state.tabId === 9) throw new Error('Could not establish connection. Receiving end does not exist.');
      },
    },
  },
}));

const { BROADCAST_EVERY_MS, broadcast } = await import('../../src/background/broadcast.js');

const state = (tabId: number, pages: number, status: AuditState['status'] = 'crawling'): AuditState =>
  ({ tabId, status, pageUrls: Array.from({ length: pages }, (_, i) => `https://a.example/${i}`) }) as unknown as AuditState;

beforeEach(() => {
  vi.useFakeTimers();
  sent.length = 0;
});
afterEach(() => vi.useRealTimers());

it('sends the first running state at once and the latest of a burst once the interval passed', async () => {
  for (let pages = 1; pages <= 5; pages++) await broadcast(state(1, pages));
  expect(sent).toEqual([{ tabId: 1, status: 'crawling', pages: 1 }]);
  await vi.advanceTimersByTimeAsync(BROADCAST_EVERY_MS);
  expect(sent.map((s) => s.pages)).toEqual([1, 5]);
});

it('sends the end at once, and drops a running state still waiting', async () => {
  await broadcast(state(2, 1));
  await broadcast(state(2, 2));
  await broadcast(state(2, 2, 'done'));
  await vi.advanceTimersByTimeAsync(BROADCAST_EVERY_MS * 2);
  expect(sent.map((s) => `${s.status} ${s.pages}`)).toEqual(['crawling 1', 'done 2']);
});

it('keeps each tab to its own interval', async () => {
  await broadcast(state(3, 1));
  await broadcast(state(4, 1));
  expect(sent.map((s) => s.tabId)).toEqual([3, 4]);
});

it('no popup to receive it is no error', async () => {
  await expect(broadcast(state(9, 1, 'done'))).resolves.toBeUndefined();
});
