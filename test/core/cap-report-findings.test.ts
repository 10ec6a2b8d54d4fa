import { describe, expect, it } from 'vitest';
import { capReportFindings } from '../../src/core/cap-report-findings.js';
import type { Finding } from '../../src/core/report/schema.js';

const finding = (i: number, extra: Partial<Finding> = {}): Finding => ({
  kind: 'phone',
  value: `+1202555${String(i).padStart(4, '0')}`,
  role: 'general',
  depth: 1,
  path: ['https://v.example/', 'https://v.example/a'],
  pathText: ['A'],
  url: 'https://v.example/a',
  flags: [],
  ...extra,
});

describe('capReportFindings', () => {
  it('leaves a report under the cap alone', () => {
    const findings = [finding(1), finding(2)];
    expect(capReportFindings(findings, 'https://v.example')).toEqual({ findings, notes: [] });
  });

  it('keeps sales and support first, then the report order (fewest clicks), and notes the cut under the site', () => {
    const findings = [finding(1, { depth: 0 }), finding(2), finding(3), finding(4, { role: 'support', depth: 2 })];
    const { findings: kept, notes } = capReportFindings(findings, 'https://v.example', 2);
    expect(kept.map((f) => f.value)).toEqual(['+12025550001', '+12025550004']);
    expect(notes).toEqual([
      { url: 'https://v.example', kind: 'capped', message: expect.stringMatching(/^the site has 4 distinct phone findings: the report lists 2/) },
    ]);
  });

  it('refuses a cap that is not a whole number', () => {
    expect(() => capReportFindings([], 'https://v.example', 1.5)).toThrow(/whole number ≥ 0 \(got 1\.5\)/);
  });
});
