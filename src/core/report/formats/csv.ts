import { csvCell } from '../escape.js';
import type { Report } from '../schema.js';

// The column headers are English machine names on purpose, whatever the report's language: they
// are an interface (scripts and spreadsheet formulas address columns by them), not prose.
export const CSV_COLUMNS = ['site', 'kind', 'value', 'role', 'depth', 'url', 'path', 'flags'] as const;

/** RFC 4180 lines: every cell quoted, CRLF; cells made safe for spreadsheets in escape.ts (formulas neutralised, invisibles revealed). */
export function csvLines(rows: readonly (readonly (string | number | undefined)[])[]): string {
  return rows.map((row) => `${row.map(csvCell).join(',')}\r\n`).join('');
}

/** The findings CSV: one row per finding, for every report in the batch. */
export function formatCsv(reports: Report[]): string {
  const rows = reports.flatMap((report) =>
    report.findings.map((f) => [report.site, f.kind, f.value, f.role, f.depth, f.url, f.path.join(' > '), f.flags.join(';')]),
  );
  return csvLines([CSV_COLUMNS, ...rows]);
}
