// With -o and a format --resume can read (json, jsonl), each report is added to the file as soon
// as its site is done, so a batch stopped half-way (Ctrl-C, a crash, a closed laptop) leaves the
// finished sites on disk for `--resume`. The final write then replaces the file with every report
// in order, as one well-formed document. A checkpoint that cannot be written is given up quietly:
// the final write reports the problem and falls back to stdout.
import { appendFileSync, writeFileSync } from 'node:fs';
import type { ReportFormat } from '../core/report/formats/index.js';
import { stringifyJson } from '../core/report/formats/json.js';
import type { Report } from '../core/report/schema.js';

export interface Checkpoint {
  add(report: Report): void;
}

/**
 * One report a line in both formats: JSON Lines as such; json as an array left open ("[", then
 * one report and a comma per line), which readResumeFile closes again. Kept reports come first.
 */
export function startCheckpoint(file: string | undefined, format: ReportFormat, kept: readonly Report[]): Checkpoint {
  if (file === undefined || (format !== 'json' && format !== 'jsonl')) return { add() {} };
  const line = (r: Report) => `${stringifyJson(r)}${format === 'json' ? ',' : ''}\n`;
  let writable = attempt(() => writeFileSync(file, `${format === 'json' ? '[\n' : ''}${kept.map(line).join('')}`));
  return {
    add(report) {
      if (writable) writable = attempt(() => appendFileSync(file, line(report)));
    },
  };
}

function attempt(write: () => void): boolean {
  try {
    write();
    return true;
  } catch {
    return false;
  }
}
