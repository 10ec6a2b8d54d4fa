import type { Report } from '../schema.js';
import type { UiLanguage } from '../../i18n/languages.js';
import { formatCsv } from './csv.js';
import { formatHtml, formatHtmlBatch } from './html.js';
import { formatJson, formatJsonBatch } from './json.js';
import { formatJsonl } from './jsonl.js';
import { formatMarkdown, formatMarkdownBatch } from './markdown.js';
import { formatSummaryCsv } from './summary-csv.js';
import { formatText } from './text.js';

import type { ReportFormat } from './format-names.js';

export { EXPORT_FORMATS, REPORT_FORMATS, type ExportFormat, type ReportFormat } from './format-names.js';

/**
 * One report in a format (the popup's export): json is the report object. The language is the
 * reader's for md and html; json, jsonl and both CSVs are machine formats and the same in every language.
 */
export function formatReport(report: Report, format: ReportFormat, language: UiLanguage = 'en'): string {
  switch (format) {
    case 'json':
      return formatJson(report);
    case 'jsonl':
      return formatJsonl([report]);
    case 'md':
      return formatMarkdown(report, language);
    case 'html':
      return formatHtml(report, language);
    case 'csv':
      return formatCsv([report]);
    case 'summary-csv':
      return formatSummaryCsv([report]);
    case 'text':
      return formatText([report], language);
  }
}

/**
 * A batch in a format: json is always an array of reports (one shape whatever the number of
 * sites, one site too); jsonl one report per line; csv one header and a row per finding of every
 * site; summary-csv one header and a row per site; md and html one document with a summary table
 * first when there are several sites.
 */
export function formatReports(reports: Report[], format: ReportFormat, language: UiLanguage = 'en'): string {
  switch (format) {
    case 'json':
      return formatJsonBatch(reports);
    case 'jsonl':
      return formatJsonl(reports);
    case 'md':
      return formatMarkdownBatch(reports, language);
    case 'html':
      return formatHtmlBatch(reports, language);
    case 'csv':
      return formatCsv(reports);
    case 'summary-csv':
      return formatSummaryCsv(reports);
    case 'text':
      return formatText(reports, language);
  }
}
