import type { FindingKind } from '../../src/core/types.js';
import type { SiteSummary } from './evaluate.js';
import { visibleCounts, WORST_SHOWN, type EvalSummary } from './report.js';
import { kindFigures, type SiteError } from './site-score.js';
import { EVAL_KINDS, type Counts } from './types.js';

/** One line of the combined table: a kind on a corpus. */
export interface Row {
  corpus: string;
  kind: FindingKind;
  tp: number;
  fp: number;
  fn: number;
  /** Found, not matching a label, of a kind the labels list only in part: not counted. Undefined
   *  where the labels are complete (webstruct, labelled page sets). */
  unlabelled?: number;
  recall?: number;
  precision?: number;
  f1?: number;
}

function row(corpus: string, kind: FindingKind, c: Counts & { unlabelled?: number }, complete = false): Row {
  const f = kindFigures(c);
  return {
    corpus,
    kind,
    tp: c.tp,
    fp: c.fp,
    fn: c.fn,
    unlabelled: complete ? undefined : c.unlabelled,
    recall: round(f.recall),
    precision: round(f.precision),
    f1: round(f.f1),
  };
}

/** The Formasaurus figures: per labelled form, and per page (a page with a contact form). */
export function formasaurusRows(name: string, forms: Counts, pages: Counts): Row[] {
  return [row(`${name} (forms)`, 'form', forms, true), row(`${name} (pages)`, 'form', pages, true)];
}

/** The webstruct figures: strict (every label), then without the labels no reader of visible text can reach. */
export function webstructRows(s: EvalSummary, name = 'webstruct-dev'): Row[] {
  const visible = visibleCounts(s);
  return [...EVAL_KINDS.map((k) => row(name, k, s.counts[k], true)), ...EVAL_KINDS.map((k) => row(`${name} (visible labels)`, k, visible[k], true))];
}

/** A labelled site or page set. `complete`: the labels list every finding of its kinds (no "unlabelled" column). */
export function siteRows(s: SiteSummary, complete = false): Row[] {
  return s.kinds.map((k) => row(s.corpus, k, { unlabelled: 0, tp: 0, fp: 0, fn: 0, ...s.counts[k] }, complete));
}

const HEAD = ['corpus', 'kind', 'TP', 'FP', 'FN', 'unlabelled', 'recall', 'precision', 'F1'] as const;

function cells(r: Row): string[] {
  return [
    r.corpus,
    r.kind,
    String(r.tp),
    String(r.fp),
    String(r.fn),
    r.unlabelled === undefined ? '–' : String(r.unlabelled),
    fmt(r.recall),
    fmt(r.precision),
    fmt(r.f1),
  ];
}

export function tableText(rows: Row[]): string {
  const all = [[...HEAD], ...rows.map(cells)];
  const widths = HEAD.map((_, i) => Math.max(...all.map((r) => r[i]?.length ?? 0)));
  return all
    .map((r) =>
      r
        .map((c, i) => (i < 2 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0)))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

export function tableMarkdown(rows: Row[]): string {
  const lines = [`| ${HEAD.join(' | ')} |`, `|${HEAD.map((_, i) => (i < 2 ? '---' : '---:')).join('|')}|`];
  for (const r of rows) lines.push(`| ${cells(r).join(' | ')} |`);
  return lines.join('\n');
}

/** A page-set corpus in words: its size, then its misses, false hits and unlabelled findings. */
export function siteSummaryText(s: SiteSummary, shownPerType = WORST_SHOWN): string {
  const unit = s.cases === s.pages ? `${s.pages} pages` : `${s.cases} sites, ${s.pages} pages`;
  const lines = [`corpus ${s.corpus}: ${unit}${s.extractorErrors ? `, ${s.extractorErrors} extractor errors` : ''}`];
  const titles: Record<SiteError['type'], string> = { miss: 'misses', 'false-hit': 'false hits', unlabelled: 'unlabelled (not counted)' };
  for (const type of ['miss', 'false-hit', 'unlabelled'] as const) {
    const all = s.errors.filter((e) => e.type === type);
    if (!all.length) continue;
    const shown = all.slice(0, shownPerType);
    lines.push(`  ${titles[type]} (${shown.length} of ${all.length}):`);
    for (const e of shown) {
      const context = e.context ? `  « ${e.context.replace(/\s+/g, ' ').slice(0, 100)} »` : '';
      lines.push(`    ${e.kind.padEnd(9)} ${e.page}  ${JSON.stringify(e.value)}${context}`);
    }
  }
  return lines.join('\n');
}

function fmt(x: number | undefined): string {
  return x === undefined ? '—' : x.toFixed(3);
}

function round(x: number | undefined): number | undefined {
  return x === undefined ? undefined : Math.round(x * 1000) / 1000;
}
