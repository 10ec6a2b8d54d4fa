import { describe, expect, it } from 'vitest';
import { addEntry, describeChange, historyRows, MAX_ENTRIES_PER_SITE, type HistoryEntry } from '../../src/background/history.js';

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
