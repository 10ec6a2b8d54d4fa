// The worker's answers to the history page: a kept report as the export's HTML, kept audits as the
// compare page, and a clear refusal (in the reader's language) for a report no longer kept or a
// comparison of fewer than two audits.
import { expect, it, vi } from 'vitest';
import { sampleReport } from '../core/report/sample.js';

const stored = new Map<string, unknown>();
vi.mock('webextension-polyfill', () => ({
  default: { storage: { local: { get: async (key: string) => (stored.has(key) ? { [key]: structuredClone(stored.get(key)) } : {}) } } },
}));

const { historyCompare, historyReport } = await import('../../src/background/history-answers.js');
const { reportKey } = await import('../../src/background/history.js');

const before = sampleReport();
const after = sampleReport({ startedAt: '2026-12-01T10:00:00.000Z', finishedAt: '2026-12-01T10:00:05.000Z' });
stored.set(reportKey(before.site, before.finishedAt), before);
stored.set(reportKey(after.site, after.finishedAt), after);
const ref = (r: typeof before) => ({ site: r.site, at: r.finishedAt });

it('reopens a kept report as the HTML the export writes, in the language asked', async () => {
  const res = await historyReport({ type: 'history/report', ...ref(before) }, 'de');
  expect(res).toMatchObject({ kind: 'export', mime: 'text/html', filename: 'vendor.example-2026-11-25.html' });
  expect(res.kind === 'export' && res.text).toMatch(/^<!doctype html>\n<html lang="de">/);
});

it('a report no longer kept is said so', async () => {
  expect(await historyReport({ type: 'history/report', site: before.site, at: '2020-01-01T00:00:00.000Z' }, 'en')).toEqual({
    kind: 'unsupported',
    reason: "This audit's report is no longer kept. Audit the site again to see a fresh one.",
  });
});

it('two kept audits of one site: the change view; one audit: refused in words', async () => {
  const res = await historyCompare({ type: 'history/compare', audits: [ref(before), ref(after)] }, 'en');
  expect(res.kind === 'export' && res.text).toContain('What changed: https://vendor.example');
  expect(await historyCompare({ type: 'history/compare', audits: [ref(before)] }, 'fr')).toEqual({
    kind: 'unsupported',
    reason: 'la comparaison demande au moins 2 rapports, 1 reçu(s)',
  });
});
