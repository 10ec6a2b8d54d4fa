// The engine stays loaded a while after its last audit (engine/audits-running.ts), then tells the
// worker it is idle so Chrome's offscreen document is closed; an audit started meanwhile keeps it.
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { createEngine, ENGINE_LINGER_MS } from '../../src/engine/audits-running.js';
import type { SendToWorker } from '../../src/engine/tab-link.js';

beforeEach(() => void vi.useFakeTimers());
afterEach(() => void vi.useRealTimers());

it('says it is idle once, ENGINE_LINGER_MS after its last audit ended', () => {
  const sent: unknown[] = [];
  const engine = createEngine((msg) => (sent.push(msg), Promise.resolve(undefined)));
  expect(engine.stop('none-running')).toBe(0);
  vi.advanceTimersByTime(ENGINE_LINGER_MS - 1);
  expect(sent).toEqual([]);
  vi.advanceTimersByTime(1);
  expect(sent).toEqual([{ type: 'engine/idle' }]);
  vi.advanceTimersByTime(ENGINE_LINGER_MS * 3);
  expect(sent).toHaveLength(1);
});

it('an audit started while it lingers keeps it loaded', async () => {
  const sent: { type: string }[] = [];
  // The tab never answers: the audit ends as "could not be read", after the engine's own requests.
  const send: SendToWorker = (msg) => (sent.push(msg), Promise.resolve(undefined));
  const engine = createEngine(send);
  engine.stop('none-running');
  vi.advanceTimersByTime(ENGINE_LINGER_MS / 2);
  engine.start({ auditId: 'a1', tabId: 3, startUrl: 'https://vendor.example/', options: {} as never });
  expect(engine.running()).toBe(1);
  vi.advanceTimersByTime(ENGINE_LINGER_MS);
  expect(sent.filter((m) => m.type === 'engine/idle')).toEqual([]);
  engine.stop('a1');
  vi.advanceTimersByTime(ENGINE_LINGER_MS);
  expect(sent.filter((m) => m.type === 'engine/idle')).toHaveLength(1);
});
