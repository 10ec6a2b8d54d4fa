// --resume: the reports already in the --output file are kept, and their sites are not audited
// again. The file is read as this CLI writes it: a JSON array (--format json), JSON Lines
// (--format jsonl), the single object older versions wrote for one site, or what a stopped run
// left (checkpoint.ts: one report a line, a json array not yet closed, the last line maybe cut).
import { existsSync, readFileSync } from 'node:fs';
import type { Translate } from '../core/i18n/catalogue.js';
import { ReportSchema, type Report } from '../core/report/schema.js';
import { UsageError } from './usage-error.js';

function parseReports(text: string): unknown[] {
  const trimmed = text.trim();
  if (trimmed === '') return [];
  try {
    const whole: unknown = JSON.parse(trimmed);
    return Array.isArray(whole) ? whole : [whole];
  } catch {
    // Not one JSON value: one report a line, possibly inside an array a stopped run did not close.
    const lines = trimmed.split(/\r?\n/).map((l) => l.trim().replace(/,$/, ''));
    if (lines[0] === '[') lines.shift();
    return lines.flatMap((line, i) => {
      if (line === '' || line === ']') return [];
      try {
        return [JSON.parse(line) as unknown];
      } catch (err) {
        // The last line of a stopped run may be a report cut short: that site is audited again.
        if (i === lines.length - 1 && line.startsWith('{')) return [];
        throw err;
      }
    });
  }
}

/** The reports in `file` (none when it does not exist yet); a file that holds anything else is refused, never overwritten. */
export function readResumeFile(file: string, t: Translate): Report[] {
  if (!existsSync(file)) return [];
  const refuse = () => new UsageError(t('cli_error_resume_unreadable', { file }));
  let values: unknown[];
  try {
    values = parseReports(readFileSync(file, 'utf8'));
  } catch {
    throw refuse();
  }
  return values.map((value) => {
    const parsed = ReportSchema.safeParse(value);
    if (!parsed.success) throw refuse();
    return parsed.data;
  });
}

/** The key a site is known by across runs: its normalised start URL. */
export function siteKey(startUrl: string): string {
  try {
    return new URL(startUrl).href;
  } catch {
    return startUrl;
  }
}
