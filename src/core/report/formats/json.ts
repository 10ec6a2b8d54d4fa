import type { Report } from '../schema.js';

// JSON keeps every value as it is. Characters that reorder or hide text when the file is viewed
// (bidi controls, zero-width), and U+2028/U+2029 (line breaks to some JSON-in-JS readers and
// line splitters), are written as \u escapes: the same string once parsed, harmless on screen.
const ESCAPE_IN_JSON = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C\u200B-\u200D\u2060\uFEFF\u2028\u2029]/g;

export function stringifyJson(value: unknown, indent?: number): string {
  return JSON.stringify(value, null, indent).replace(ESCAPE_IN_JSON, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** One report, indented. */
export function formatJson(report: Report): string {
  return `${stringifyJson(report, 2)}\n`;
}

/** A batch: always an array of reports, one site too, so a reader handles one shape (the CLI's --format json). */
export function formatJsonBatch(reports: Report[]): string {
  return `${stringifyJson(reports, 2)}\n`;
}
