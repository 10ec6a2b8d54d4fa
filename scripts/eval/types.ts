import type { PageFinding } from '../../src/core/types.js';

/** One hand-labelled value, as written on the page. */
export interface Label {
  text: string;
  /** Inside an element the page does not show (display:none tab, noscript): the engine reads
   *  visible text only, so such a miss is reported apart. */
  hidden?: boolean;
  /** Address labels: 'contains' (default) wants the label's words in order, as webstruct's STREET
   *  spans are; 'all-words' wants each word anywhere, as fixtures/README.md defines it. */
  match?: 'contains' | 'all-words';
}

/** Hand-labelled contact values of one page. */
export interface Labels {
  tel: Label[];
  fax: Label[];
  street: Label[];
}

/** What is evaluated as one unit: a labelled page (webstruct), or a fixture site's pages together. */
export interface EvalCase {
  /** Where it came from, for the report (e.g. "abacusllc.com/43.html", "fixtures/plain-sight"). */
  id: string;
  /** The site, for the start-page country (a crawl reads a silent page with the start page's). */
  site: string;
  /** Pages as they were (labels removed), the start page first. Findings are pooled over them. */
  pages: { url: string; html: string }[];
  labels: Labels;
  /** A forced country, as the user's --country. */
  country?: string;
  /** Kinds whose unlabelled findings are not false hits (the labels list only some of them). */
  partialKinds?: EvalKind[];
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
