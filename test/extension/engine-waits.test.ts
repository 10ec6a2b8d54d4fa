// The engine's two timing rules (src/engine): progress is sent at most every so often,
// and the end of an audit waits only for a known chat loader that may still draw its widget.
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { LOADER_SETTLE_MS, loaderStillPending } from '../../src/engine/loader-wait.js';
import { latestEvery } from '../../src/engine/latest-every.js';

beforeEach(() => void vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] }));
afterEach(() => void vi.useRealTimers());

it('sends the first progress at once, then only the latest one every interval', () => {
  const sent: number[] = [];
  const progress = latestEvery<number>(100, (n) => sent.push(n));
  progress.push(1);
  progress.push(2);
  progress.push(3);
  expect(sent).toEqual([1]);
  vi.advanceTimersByTime(99);
  expect(sent).toEqual([1]);
  vi.advanceTimersByTime(1);
  expect(sent).toEqual([1, 3]);
  vi.advanceTimersByTime(500);
  progress.push(4);
  expect(sent).toEqual([1, 3, 4]);
});

it('drops a progress still waiting when the run ends', () => {
  const sent: number[] = [];
  const progress = latestEvery<number>(100, (n) => sent.push(n));
  progress.push(1);
  progress.push(2);
  progress.cancel();
  vi.advanceTimersByTime(1_000);
  expect(sent).toEqual([1]);
});

it('counts a loader as pending while it loads, and for a moment after it arrived', () => {
  const now = 10_000;
  expect(loaderStillPending([{ url: 'https://widget.example/loader.js' }], now, true)).toBe(true);
  expect(loaderStillPending([{ url: 'a', endedAt: now - LOADER_SETTLE_MS + 1 }], now, true)).toBe(true);
  expect(loaderStillPending([{ url: 'a', endedAt: now - LOADER_SETTLE_MS }], now, true)).toBe(false);
  expect(
    loaderStillPending(
      [
        { url: 'a', endedAt: now - 5_000 },
        { url: 'b', endedAt: now - 50 },
      ],
      now,
      true,
    ),
  ).toBe(true);
});

it('waits for nothing once every loader ended long ago, unless the page is still loading', () => {
  expect(loaderStillPending([], 10_000, true)).toBe(false);
  expect(loaderStillPending([{ url: 'a', endedAt: 1_000 }], 10_000, true)).toBe(false);
  // Snippets add their loader on the load event: before it, the loader may not be requested yet.
  expect(loaderStillPending([], 10_000, false)).toBe(true);
});
