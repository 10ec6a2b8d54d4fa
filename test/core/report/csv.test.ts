import { describe, expect, it } from 'vitest';
import { formatReport, formatReports } from '../../../src/core/report/formats/index.js';
import { SUMMARY_CSV_COLUMNS } from '../../../src/core/report/formats/summary-csv.js';
import { EVIL, hostileReport, sampleReport } from './sample.js';

const INVISIBLE = /[\u202A-\u202E\u2066-\u2069\u200B-\u200D\u2060\uFEFF]/;

/** The cells of an RFC 4180 file whose every cell is quoted (as csvCell writes them). */
function cells(csv: string): string[][] {
  return csv
    .split('\r\n')
    .filter(Boolean)
    .map((row) => [...row.matchAll(/"((?:[^"]|"")*)"(?:,|$)/g)].map((m) => m[1]!.replace(/""/g, '"')));
}

const failedReport = () =>
  sampleReport({
    outcome: { status: 'failed', reason: 'the server answered 503', failure: 'http', httpStatus: 503 },
    partial: true,
    scores: undefined,
    findings: [],
    checks: [],
  });

describe('summary CSV', () => {
  it('has one header of English machine names and one row per site, with scores, best ways and the date', () => {
    const rows = cells(formatReports([sampleReport(), failedReport()], 'summary-csv'));
    expect(rows[0]).toEqual([...SUMMARY_CSV_COLUMNS]);
    expect(rows[0]).toEqual([
      'site',
      'outcome',
      'overall',
      'grade',
      'sales_score',
      'support_score',
      'sales_channel',
      'sales_value',
      'sales_depth',
      'support_channel',
      'support_value',
      'support_depth',
      'pages_read',
      'audited_at',
    ]);
    expect(rows[1]).toEqual([
      'https://vendor.example',
      'complete',
      '12.4',
      'B',
      '0',
      '21',
      'phone',
      "'+15550100",
      '0',
      'email',
      'help@vendor.example',
      '2',
      '7',
      '2026-11-25T13:00:00.000Z',
    ]);
    // A site that could not be read: its outcome and date, no scores and no ways.
    expect(rows[2]).toEqual(['https://vendor.example', 'failed', '', '', '', '', '', '', '', '', '', '', '7', '2026-11-25T13:00:00.000Z']);
    expect(rows).toHaveLength(3);
  });

  it('is the same in every language (an interface, not prose), and a bare header for no sites', () => {
    const en = formatReports([sampleReport()], 'summary-csv');
    for (const language of ['de', 'fr', 'es'] as const) expect(formatReports([sampleReport()], 'summary-csv', language)).toBe(en);
    expect(formatReport(sampleReport(), 'summary-csv')).toBe(en);
    expect(formatReports([], 'summary-csv')).toBe(`${SUMMARY_CSV_COLUMNS.map((c) => `"${c}"`).join(',')}\r\n`);
  });

  it('neutralises formulas and reveals invisibles in page-derived values', () => {
    const report = hostileReport();
    // A best way whose value is a formula and whose path text hides bidi controls.
    report.findings[1] = { ...report.findings[1]!, value: `+1 ${EVIL.formula}`, role: 'sales' };
    const csv = formatReports([report], 'summary-csv');
    expect(csv).not.toMatch(INVISIBLE);
    for (const row of cells(csv)) for (const cell of row) expect(cell).not.toMatch(/^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/);
    expect(cells(csv)[1]).toContain(`'+1 ${EVIL.formula}`);
  });
});

describe('findings CSV', () => {
  it('keeps a phone number readable: E.164 with the apostrophe a spreadsheet hides, never a formula', () => {
    const rows = cells(formatReport(sampleReport(), 'csv'));
    expect(rows[1]![2]).toBe("'+15550100");
    expect(rows[0]).toEqual(['site', 'kind', 'value', 'role', 'depth', 'url', 'path', 'flags']);
  });

  it('is the same in every language', () => {
    expect(formatReport(hostileReport(), 'csv', 'de')).toBe(formatReport(hostileReport(), 'csv'));
  });
});
