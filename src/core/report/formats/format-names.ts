// The formats a report is written in: the one list the CLI, its usage text, the popup's export
// buttons and the message schema read. Zod-free and formatter-free, so the popup imports it cheaply.

export const REPORT_FORMATS = ['json', 'jsonl', 'md', 'html', 'csv', 'summary-csv', 'text'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/** What the popup offers: one report, so JSON Lines (a batch format) is left out. */
export const EXPORT_FORMATS = ['json', 'md', 'html', 'csv', 'summary-csv'] as const satisfies readonly ReportFormat[];
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
