// The history is one storage key shared by every tab's audit: entries added at the same moment
// (two tabs finishing together) must all be kept. Storage is faked with a delay on each call, so
// an unguarded read-modify-write would interleave every time, not by chance.
import { expect, it, vi } from 'vitest';

const stored = new Map<string, unknown>();
const later = () => new Promise((r) => setTimeout(r, 5));
vi.mock('webextension-polyfill', () => ({
  default: {
    storage: {
      local: {
        get: async (key: string) => {
          await later();
          return stored.has(key) ? { [key]: structuredClone(stored.get(key)) } : {};
        },
        set: async (items: Record<string, unknown>) => {
          await later();
          for (const [k, v] of Object.entries(items)) stored.set(k, structuredClone(v));
        },
        remove: async (keys: string | string[]) => void (Array.isArray(keys) ? keys : [keys]).forEach((k) => stored.delete(k)),
      },
    },
  },
}));

const { appendHistory, clearHistory, loadHistory, loadHistoryReport } = await import('../../src/background/history-store.js');
const { MAX_REPORTS_PER_SITE, reportKey } = await import('../../src/background/history.js');

const entry = (at: string, overall: number) => ({ at, overall, sales: overall, support: overall, grade: 'C', partial: false });

it('keeps every entry added at once, for one site and for several', async () => {
  await Promise.all([
    appendHistory('https://a.example', entry('2026-11-25T10:00:00.001Z', 10)),
    appendHistory('https://a.example', entry('2026-11-25T10:00:00.002Z', 20)),
    appendHistory('https://b.example', entry('2026-11-25T10:00:00.003Z', 30)),
    appendHistory('https://c.example', entry('2026-11-25T10:00:00.004Z', 40)),
  ]);
  const history = await loadHistory();
  expect(history['https://a.example']?.map((e) => e.overall)).toEqual([10, 20]);
  expect(history['https://b.example']?.map((e) => e.overall)).toEqual([30]);
  expect(history['https://c.example']?.map((e) => e.overall)).toEqual([40]);
});

it('clears in the same queue: an audit finishing as the history is cleared does not bring it back', async () => {
  await appendHistory('https://a.example', entry('2026-11-25T11:00:00.000Z', 50));
  // The append reads the old history first; an unqueued clear would land in between and be overwritten.
  await Promise.all([appendHistory('https://a.example', entry('2026-11-25T11:00:00.001Z', 60)), clearHistory()]);
  expect(await loadHistory()).toEqual({});
});

it('keeps the full report of the latest audits per site under keys of their own, and drops the older ones', async () => {
  await clearHistory();
  const site = 'https://r.example';
  const ats = Array.from({ length: MAX_REPORTS_PER_SITE + 2 }, (_, i) => `2026-11-26T10:00:0${i}.000Z`);
  for (const [i, at] of ats.entries()) await appendHistory(site, entry(at, i), { site, at, n: i });
  const entries = (await loadHistory())[site]!;
  expect(entries).toHaveLength(ats.length);
  expect(entries.map((e) => e.reportBytes !== undefined)).toEqual([false, false, true, true, true, true, true]);
  expect(await loadHistoryReport(site, ats[0]!)).toBeUndefined();
  expect(stored.has(reportKey(site, ats[1]!))).toBe(false);
  expect(await loadHistoryReport(site, ats.at(-1)!)).toEqual({ site, at: ats.at(-1), n: ats.length - 1 });
  // Clearing removes the reports too, not only the index.
  await clearHistory();
  expect([...stored.keys()].filter((k) => k.startsWith('history'))).toEqual([]);
});
