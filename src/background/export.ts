// Export a finished audit in the CLI's formats: the popup saves the text with an <a download>
// blob link, which needs no "downloads" permission. The export and the "Open full report" page
// (which shows this same HTML) are written in the browser's language: the worker passes
// browserLanguage() (src/browser/i18n.ts), so this file stays free of the browser API and testable in Node.
import type { UiLanguage } from '../core/i18n/languages.js';
import { formatReport } from '../core/report/formats/index.js';
import { ReportSchema } from '../core/report/schema.js';
import { upgradeReport } from '../core/report/upgrade.js';
import type { AuditState, ExportFormat, PopupResponse } from '../messages.js';

const MIME: Record<ExportFormat, string> = {
  json: 'application/json',
  md: 'text/markdown',
  html: 'text/html',
  csv: 'text/csv',
  'summary-csv': 'text/csv',
};

/** The file's extension: both CSVs are .csv (the summary's name says which it is). */
const EXTENSION: Record<ExportFormat, string> = { json: 'json', md: 'md', html: 'html', csv: 'csv', 'summary-csv': 'csv' };

/** "127.0.0.1_8080-2026-11-25.json" ("…-summary.csv" for the summary CSV): the site and the audit's date, safe on every file system. */
export function exportFilename(site: string, finishedAt: string, format: ExportFormat): string {
  const host = new URL(site).host.replace(/[^a-z0-9.-]/gi, '_');
  return `${host}-${finishedAt.slice(0, 10)}${format === 'summary-csv' ? '-summary' : ''}.${EXTENSION[format]}`;
}

export function exportAudit(state: AuditState, format: ExportFormat, language: UiLanguage): PopupResponse {
  // Re-checked with the engine's full schema: the export is the same contract as the CLI's output.
  const report = ReportSchema.parse(upgradeReport(state.report));
  const text = formatReport(report, format, language);
  return { kind: 'export', filename: exportFilename(report.site, report.finishedAt, format), mime: MIME[format], text };
}
