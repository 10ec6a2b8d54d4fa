import type { Report } from '../schema.js';
import { bestWay } from '../../reach/reach.js';
import { csvLines } from './csv.js';

// The summary CSV: one row per site, for a spreadsheet comparing vendors. Like the findings CSV,
// its headers are English machine names (an interface, not prose) and its numbers are plain
// (a dot for decimals, no grouping), so every spreadsheet and script reads them the same way.
export const SUMMARY_CSV_COLUMNS = [
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
] as const;

/** channel, value, depth of a role's best way; empty cells when none was found or the audit failed. */
function way(report: Report, role: 'sales' | 'support'): (string | number | undefined)[] {
  const w = bestWay(report.findings, role);
  if (!w) return [undefined, undefined, undefined];
  // The machine value (E.164 for a phone, the address for an email): one spelling per number, so
  // sites compare and dial alike. A chat, a form or a help desk has the page that offers it.
  const value = w.channel === 'chat' || w.channel === 'form' || w.channel === 'helpdesk' ? w.pageUrl : w.finding.value;
  return [w.channel, value, w.finding.depth];
}

export function formatSummaryCsv(reports: Report[]): string {
  const rows = reports.map((r) => {
    const s = r.scores;
    return [r.site, r.outcome.status, s?.overall, s?.grade, s?.sales, s?.support, ...way(r, 'sales'), ...way(r, 'support'), r.crawl.pagesFetched, r.startedAt];
  });
  return csvLines([SUMMARY_CSV_COLUMNS, ...rows]);
}
