import type { Report } from '../schema.js';
import { formatCsv } from './csv.js';
import { formatHtml, formatHtmlBatch } from './html.js';
import { formatJson, formatJsonBatch } from './json.js';
import { formatJsonl } from './jsonl.js';
import { formatMarkdown, formatMarkdownBatch } from './markdown.js';

import type { ReportFormat } from './format-names.js';

export { EXPORT_FORMATS, REPORT_FORMATS, type ExportFormat, type ReportFormat } from './format-names.js';

/** One report in a format. */
export function formatReport(report: Report, format: ReportFormat): string {
  switch (format) {
    case 'json':
      return formatJson(report);
    case 'jsonl':
      return formatJsonl([report]);
    case 'md':
      return formatMarkdown(report);
    case 'html':
      return formatHtml(report);
    case 'csv':
      return formatCsv([report]);
  }
}

/**
 * A batch in a format: json is the report object for one site and an array for several; jsonl
 * one report per line; csv one header and a row per finding of every site; md and html one
 * document with a summary table first when there are several sites.
 */
export function formatReports(reports: Report[], format: ReportFormat): string {
  switch (format) {
    case 'json':
      return formatJsonBatch(reports);
    case 'jsonl':
      return formatJsonl(reports);
    case 'md':
      return formatMarkdownBatch(reports);
    case 'html':
      return formatHtmlBatch(reports);
    case 'csv':
      return formatCsv(reports);
  }
}
