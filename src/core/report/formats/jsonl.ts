import type { Report } from '../schema.js';
import { stringifyJson } from './json.js';

/** JSON Lines: one report per line (U+2028/U+2029 escaped, so no reader splits a report). */
export function formatJsonl(reports: Report[]): string {
  return reports.map((r) => `${stringifyJson(r)}\n`).join('');
}
