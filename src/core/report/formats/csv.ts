import { csvCell } from '../escape.js';
import type { Report } from '../schema.js';

export const CSV_COLUMNS = ['site', 'kind', 'value', 'role', 'depth', 'url', 'path', 'flags'] as const;

/**
 * One row per finding, for every report in the batch; RFC 4180 (CRLF, every cell quoted).
 * Cells are made safe for spreadsheets in escape.ts (formulas neutralised, invisibles revealed).
 */
export function formatCsv(reports: Report[]): string {
  const rows: string[] = [CSV_COLUMNS.map(csvCell).join(',')];
  for (const report of reports) {
    for (const f of report.findings) {
      rows.push([report.site, f.kind, f.value, f.role, f.depth, f.url, f.path.join(' > '), f.flags.join(';')].map(csvCell).join(','));
    }
  }
  return `${rows.join('\r\n')}\r\n`;
}
