// The worker's answers to the history page (src/history): a kept audit as the HTML the export
// writes, and 2–10 kept audits as the compare page. The page shows either in a sandboxed frame.
import { compareReports, CompareError } from '../core/compare/index.js';
import { translator } from '../core/i18n/catalogue.js';
import type { UiLanguage } from '../core/i18n/languages.js';
import { formatCompareHtml } from '../core/report/formats/compare-html.js';
import { formatReport } from '../core/report/formats/index.js';
import { ReportSchema, type Report } from '../core/report/schema.js';
import { upgradeReport } from '../core/report/upgrade.js';
import type { PopupResponse, ToBackgroundFromPage } from '../messages.js';
import { exportFilename } from './export.js';
import { loadHistoryReport } from './history-store.js';

type HistoryReportMsg = Extract<ToBackgroundFromPage, { type: 'history/report' }>;
type HistoryCompareMsg = Extract<ToBackgroundFromPage, { type: 'history/compare' }>;

/** A kept report, checked with the engine's full schema (a 1.x one upgraded); undefined when not kept or not valid. */
async function keptReport(site: string, at: string): Promise<Report | undefined> {
  const parsed = ReportSchema.safeParse(upgradeReport(await loadHistoryReport(site, at)));
  return parsed.success ? parsed.data : undefined;
}

export async function historyReport(msg: HistoryReportMsg, language: UiLanguage): Promise<PopupResponse> {
  const t = translator(language);
  const report = await keptReport(msg.site, msg.at);
  if (!report) return { kind: 'unsupported', reason: t('history_report_gone') };
  return { kind: 'export', filename: exportFilename(report.site, report.finishedAt, 'html'), mime: 'text/html', text: formatReport(report, 'html', language) };
}

export async function historyCompare(msg: HistoryCompareMsg, language: UiLanguage): Promise<PopupResponse> {
  const t = translator(language);
  const reports: Report[] = [];
  for (const { site, at } of msg.audits) {
    const report = await keptReport(site, at);
    if (!report) return { kind: 'unsupported', reason: t('history_report_gone') };
    reports.push(report);
  }
  try {
    const text = formatCompareHtml(compareReports(reports), language);
    return { kind: 'export', filename: `compare-${reports.length}-${new Date().toISOString().slice(0, 10)}.html`, mime: 'text/html', text };
  } catch (err) {
    if (err instanceof CompareError) return { kind: 'unsupported', reason: t(err.key, err.params) };
    throw err;
  }
}
