import { figures } from './match.js';
import { EVAL_KINDS, type Counts, type EvalError, type EvalKind } from './types.js';

/** How many misses and false hits the text report lists: enough to pick the next rule. */
export const WORST_SHOWN = 15;

export interface EvalSummary {
  corpus: string;
  cases: number;
  pages: number;
  counts: Record<EvalKind, Counts>;
  extractorErrors: number;
  errors: EvalError[];
}

/**
 * The same counts without the misses no reader of visible text could avoid: labels inside hidden
 * elements (display:none tabs) and extension-only labels ("Ext. 2229"). Shown beside, never instead.
 */
export function visibleCounts(s: EvalSummary): Record<EvalKind, Counts> {
  const out = structuredClone(s.counts);
  for (const e of s.errors) if (e.type === 'miss' && e.note) out[e.kind].fn--;
  return out;
}

function kindFigures(counts: Record<EvalKind, Counts>): object {
  return Object.fromEntries(
    EVAL_KINDS.map((k) => {
      const f = figures(counts[k]);
      return [k, { ...counts[k], recall: round(f.recall), precision: round(f.precision), f1: round(f.f1) }];
    }),
  );
}

export function summaryJson(s: EvalSummary): object {
  return {
    corpus: s.corpus,
    cases: s.cases,
    pages: s.pages,
    extractorErrors: s.extractorErrors,
    kinds: kindFigures(s.counts),
    visibleLabelsOnly: kindFigures(visibleCounts(s)),
    unreachableMisses: missNotes(s.errors),
  };
}

function table(counts: Record<EvalKind, Counts>): string[] {
  const lines = ['kind      TP    FP    FN   recall  precision  F1'];
  for (const k of EVAL_KINDS) {
    const c = counts[k];
    const f = figures(c);
    lines.push(`${k.padEnd(8)}${pad(c.tp)}${pad(c.fp)}${pad(c.fn)}   ${pct(f.recall)}   ${pct(f.precision)}     ${pct(f.f1)}`);
  }
  return lines;
}

export function summaryText(s: EvalSummary, shownPerType = WORST_SHOWN): string {
  const unit = s.cases === s.pages ? `${s.pages} pages` : `${s.cases} sites, ${s.pages} pages`;
  const lines = [`corpus ${s.corpus}: ${unit}${s.extractorErrors ? `, ${s.extractorErrors} extractor errors` : ''}`, ''];
  lines.push(...table(s.counts));
  const notes = missNotes(s.errors);
  if (notes.length) {
    lines.push('', `misses no reader of visible text can avoid: ${notes.join('; ')}`, 'without them:', ...table(visibleCounts(s)));
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

/** Misses explained by the label itself (hidden on the page, only an extension), per kind. */
export function missNotes(errors: EvalError[]): string[] {
  const counts = new Map<string, number>();
  for (const e of errors) {
    if (e.type !== 'miss' || !e.note) continue;
    const key = `${e.kind} ${e.note}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts].map(([k, n]) => `${k}: ${n}`);
}

/** Phones first (the target), then faxes, then addresses; misses that can be fixed before those
 *  that cannot; within that, page order. */
function worst(errors: EvalError[], type: EvalError['type'], limit: number): EvalError[] {
  const order: Record<EvalKind, number> = { phone: 0, fax: 1, address: 2 };
  return errors
    .filter((e) => e.type === type)
    .sort((a, b) => order[a.kind] - order[b.kind] || Number(!!a.note && a.type === 'miss') - Number(!!b.note && b.type === 'miss'))
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
