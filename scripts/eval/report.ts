import { figures } from './match.js';
import { EVAL_KINDS, type Counts, type EvalError, type EvalKind } from './types.js';

/** How many misses and false hits the text report lists: enough to pick the next rule. */
export const WORST_SHOWN = 15;

export interface EvalSummary {
  corpus: string;
  pages: number;
  counts: Record<EvalKind, Counts>;
  extractorErrors: number;
  errors: EvalError[];
}

export function summaryJson(s: EvalSummary): object {
  const kinds = Object.fromEntries(
    EVAL_KINDS.map((k) => {
      const f = figures(s.counts[k]);
      return [k, { ...s.counts[k], recall: round(f.recall), precision: round(f.precision), f1: round(f.f1) }];
    }),
  );
  return { corpus: s.corpus, pages: s.pages, extractorErrors: s.extractorErrors, kinds };
}

export function summaryText(s: EvalSummary, shownPerType = WORST_SHOWN): string {
  const lines = [`corpus ${s.corpus}: ${s.pages} pages${s.extractorErrors ? `, ${s.extractorErrors} extractor errors` : ''}`, ''];
  lines.push('kind      TP    FP    FN   recall  precision  F1');
  for (const k of EVAL_KINDS) {
    const c = s.counts[k];
    const f = figures(c);
    lines.push(
      `${k.padEnd(8)}${pad(c.tp)}${pad(c.fp)}${pad(c.fn)}   ${pct(f.recall)}   ${pct(f.precision)}     ${pct(f.f1)}`,
    );
  }
  for (const type of ['miss', 'false-hit'] as const) {
    const shown = worst(s.errors, type, shownPerType);
    lines.push('', `${type === 'miss' ? 'misses' : 'false hits'} (${shown.length} of ${s.errors.filter((e) => e.type === type).length}):`);
    for (const e of shown) {
      const note = e.note ? ` [${e.note}]` : '';
      const context = e.context ? `  « ${e.context.replace(/\s+/g, ' ').slice(0, 120)} »` : '';
      lines.push(`  ${e.kind.padEnd(7)} ${e.page}  ${JSON.stringify(e.value)}${note}${context}`);
    }
  }
  return lines.join('\n');
}

/** Phones first (the target), then faxes, then addresses; within a kind, page order. */
function worst(errors: EvalError[], type: EvalError['type'], limit: number): EvalError[] {
  const order: Record<EvalKind, number> = { phone: 0, fax: 1, address: 2 };
  return errors
    .filter((e) => e.type === type)
    .sort((a, b) => order[a.kind] - order[b.kind])
    .slice(0, limit);
}

function pad(n: number): string {
  return String(n).padStart(6);
}

function pct(x: number): string {
  return x.toFixed(3).padStart(6);
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
