import type { PageFinding } from '../../src/core/types.js';

/** Hand-labelled contact values of one page, as written on it. */
export interface Labels {
  tel: string[];
  fax: string[];
  street: string[];
}

/** One page to evaluate: its URL, the page as it was (labels removed), and its labels. */
export interface EvalCase {
  /** Where it came from, for the report (e.g. "abacusllc.com/43.html"). */
  id: string;
  url: string;
  html: string;
  labels: Labels;
}

export const EVAL_KINDS = ['phone', 'fax', 'address'] as const;
export type EvalKind = (typeof EVAL_KINDS)[number];

/** A miss (labelled, not found) or a false hit (found, not labelled), with its evidence. */
export interface EvalError {
  kind: EvalKind;
  type: 'miss' | 'false-hit';
  page: string;
  value: string;
  /** For a false hit: the finding's context; for a miss: the label text. */
  context?: string;
  /** Why it is wrong beyond "not labelled", e.g. "labelled FAX". */
  note?: string;
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface PageScore {
  counts: Record<EvalKind, Counts>;
  errors: EvalError[];
}

export type Findings = Pick<PageFinding, 'kind' | 'value' | 'display' | 'context'>[];
