import { describe, expect, it } from 'vitest';
import {
  addAudit,
  addEntry,
  auditCount,
  describeChange,
  historyRows,
  MAX_ENTRIES_PER_SITE,
  MAX_REPORTS_PER_SITE,
  MAX_SITES,
  REPORT_BYTES_BUDGET,
  reportKey,
  type History,
  type HistoryEntry,
} from '../../src/background/history.js';

const entry = (at: string, overall: number): HistoryEntry => ({ at, overall, sales: overall, support: overall, grade: 'C', partial: false });

describe('audit history', () => {
  it('keeps entries per site in time order, capped', () => {
    let h = {};
    for (let i = 0; i < MAX_ENTRIES_PER_SITE + 5; i++) h = addEntry(h, 'https://a.example', entry(`2026-11-${String(i + 1).padStart(2, '0')}T00:00:00Z`, i));
    const rows = historyRows(h);
    expect(rows).toHaveLength(1);
    expect(rows[0]?.audits).toBe(MAX_ENTRIES_PER_SITE);
    expect(rows[0]?.overall).toBe(MAX_ENTRIES_PER_SITE + 4);
  });

  it('the change in score since the previous audit, latest site first', () => {
    let h = addEntry({}, 'https://a.example', entry('2026-11-20T00:00:00Z', 30));
    h = addEntry(h, 'https://a.example', entry('2026-11-24T00:00:00Z', 18.4));
    h = addEntry(h, 'https://b.example', entry('2026-11-22T00:00:00Z', 50));
    expect(historyRows(h).map((r) => [r.site, r.change])).toEqual([
      ['https://a.example', -12],
      ['https://b.example', undefined],
    ]);
  });

  it('describes the change for people: up is worse (more hidden)', () => {
    expect(describeChange(undefined)).toBe('first audit');
    expect(describeChange(0)).toBe('no change');
    expect(describeChange(7)).toBe('+7 (more hidden)');
    expect(describeChange(-3)).toBe('\u22123 (easier to find)');
  });
});

describe('bounds of the kept reports', () => {
  const kept = (at: string, overall: number, reportBytes = 15_000): HistoryEntry => ({ ...entry(at, overall), reportBytes });

  it('at most MAX_REPORTS_PER_SITE reports per site: older audits keep their scores, their report keys are dropped', () => {
    let h: History = {};
    const drops: string[] = [];
    for (let i = 0; i < MAX_REPORTS_PER_SITE + 3; i++) {
      const u = addAudit(h, 'https://a.example', kept(`2026-11-0${i + 1}T00:00:00Z`, i));
      h = u.history;
      drops.push(...u.drop);
    }
    expect(h['https://a.example']).toHaveLength(MAX_REPORTS_PER_SITE + 3);
    expect(h['https://a.example']!.filter((e) => e.reportBytes !== undefined)).toHaveLength(MAX_REPORTS_PER_SITE);
    expect(drops).toEqual([1, 2, 3].map((d) => reportKey('https://a.example', `2026-11-0${d}T00:00:00Z`)));
  });

  it('at most MAX_SITES sites: the site audited longest ago goes, with its reports', () => {
    let h: History = {};
    let last: string[] = [];
    for (let i = 0; i <= MAX_SITES; i++) {
      const u = addAudit(h, `https://s${i}.example`, kept(new Date(Date.UTC(2026, 10, 1, 0, i)).toISOString(), i));
      h = u.history;
      last = u.drop;
    }
    expect(Object.keys(h)).toHaveLength(MAX_SITES);
    expect(h['https://s0.example']).toBeUndefined();
    expect(last).toEqual([reportKey('https://s0.example', new Date(Date.UTC(2026, 10, 1, 0, 0)).toISOString())]);
  });

  it('the bytes of all kept reports stay within the budget, oldest first; the new report always stays', () => {
    const big = Math.floor(REPORT_BYTES_BUDGET / 3);
    let h: History = {};
    for (let i = 0; i < 3; i++) h = addAudit(h, `https://b${i}.example`, kept(`2026-11-0${i + 1}T00:00:00Z`, i, big)).history;
    const u = addAudit(h, 'https://b3.example', kept('2026-11-09T00:00:00Z', 3, big));
    expect(u.drop).toEqual([reportKey('https://b0.example', '2026-11-01T00:00:00Z')]);
    expect(u.history['https://b0.example']?.[0]?.reportBytes).toBeUndefined();
    expect(u.history['https://b0.example']?.[0]?.overall).toBe(0);
    const total = Object.values(u.history)
      .flat()
      .reduce((s, e) => s + (e.reportBytes ?? 0), 0);
    expect(total).toBeLessThanOrEqual(REPORT_BYTES_BUDGET);
    expect(addAudit({}, 'https://huge.example', kept('2026-11-01T00:00:00Z', 1, REPORT_BYTES_BUDGET * 2)).drop).toEqual([]);
  });

  it('counts every audit for the clear confirmation; old scores-only entries still list', () => {
    const h = addEntry(addAudit({}, 'https://a.example', kept('2026-11-02T00:00:00Z', 5)).history, 'https://a.example', entry('2026-11-01T00:00:00Z', 9));
    expect(auditCount(h)).toBe(2);
    expect(historyRows(h)[0]).toMatchObject({ site: 'https://a.example', audits: 2, change: -4 });
  });
});

describe('links from the history page to the report page', () => {
  it('one kept audit, or several side by side, survive the round trip through the URL', async () => {
    const { compareLink, historyRequest, reportLink } = await import('../../src/history/links.js');
    const one = { site: 'https://a.example', at: '2026-11-01T00:00:00.000Z' };
    const two = { site: 'http://127.0.0.1:8080', at: '2026-11-02T00:00:00.000Z' };
    expect(historyRequest(reportLink(one).replace(/^report\.html/, ''), 'de')).toEqual({ type: 'history/report', ...one, lang: 'de' });
    expect(historyRequest(compareLink([one, two]).replace(/^report\.html/, ''), 'en')).toEqual({ type: 'history/compare', audits: [one, two], lang: 'en' });
    expect(historyRequest('?tab=4', 'en')).toBeUndefined();
  });
});
