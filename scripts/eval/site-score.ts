import type { FindingKind, PageFinding } from '../../src/core/types.js';
import { figures, labelKey, sameNumber, valueKey } from './match.js';
import type { Counts } from './types.js';

/**
 * Scoring against expected.json-style labels (fixtures/README.md), for every kind at once: a site
 * (or one page) is a set of expected findings, and the engine's findings over all its pages are
 * pooled, distinct by kind and value. An expected finding is a hit when some finding matches it:
 *  - phone, fax: the same number (the last ten digits, as match.ts compares them);
 *  - email: the same address, case-blind; chat, messaging: the same vendor id;
 *  - address: every word of the expected value appears in the reported address (case, accents and
 *    punctuation ignored);
 *  - form: the path of the form's action, or of the page it is on, is the expected path;
 *  - no value (gates, help desks): any finding of the kind, with every expected flag.
 * A finding that matches nothing is a false hit where the labels list all of that kind
 * (`strict`: noOtherPhones, noOtherEmails, noOtherForms, or a labelled page set), else
 * "unlabelled": reported, not counted.
 */

export interface Expectation {
  kind: FindingKind;
  value?: string;
  flags?: string[];
}

/** One unit scored: a fixture site, or one labelled page. */
export interface SiteCase {
  /** For the report: "fixtures/plain-sight", "chat/intercom.html". */
  id: string;
  site: string;
  /** The start page first: a page that names no country is read with the start page's. */
  pages: { url: string; html: string }[];
  country?: string;
  expected: Expectation[];
  /** Kinds whose labels are complete: anything else of the kind found is a false hit. */
  strict: FindingKind[];
  /** Kinds scored on this case; findings of other kinds are ignored. */
  kinds: readonly FindingKind[];
}

/** A finding with the page it was found on (a form's expected path may be that page's). */
export type SiteFinding = Pick<PageFinding, 'kind' | 'value'> & Partial<Pick<PageFinding, 'flags' | 'display' | 'context'>> & { url: string };

export interface KindCounts extends Counts {
  /** Findings of a kind the labels do not list in full, matching no label: not counted. */
  unlabelled: number;
}

export interface SiteError {
  kind: FindingKind;
  type: 'miss' | 'false-hit' | 'unlabelled';
  page: string;
  value: string;
  context?: string;
}

export interface SiteScore {
  counts: Partial<Record<FindingKind, KindCounts>>;
  errors: SiteError[];
}

export function zeroCounts(): KindCounts {
  return { tp: 0, fp: 0, fn: 0, unlabelled: 0 };
}

export function addKindCounts(a: KindCounts, b: KindCounts): KindCounts {
  return { tp: a.tp + b.tp, fp: a.fp + b.fp, fn: a.fn + b.fn, unlabelled: a.unlabelled + b.unlabelled };
}

/** Lower-case words, accents off, punctuation as a space: how address values are compared. */
export function foldWords(text: string): string[] {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ß/g, 'ss')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** The path and query of a URL, without a trailing slash ("/" for the root). */
export function pathOf(url: string): string {
  let path = url;
  try {
    const u = new URL(url);
    path = u.pathname + u.search;
  } catch {
    // a path already
  }
  return path.replace(/\/$/, '') || '/';
}

/** The key two findings of one kind share when they are the same contact. */
export function findingKey(f: Pick<SiteFinding, 'kind' | 'value'>): string {
  switch (f.kind) {
    case 'phone':
    case 'fax':
      return `${f.kind}:${valueKey(f.value)}`;
    case 'address':
      return `${f.kind}:${foldWords(f.value).join(' ')}`;
    case 'email':
    case 'chat':
    case 'messaging':
      return `${f.kind}:${f.value.toLowerCase()}`;
    default:
      return `${f.kind}:${f.value}`;
  }
}

/** Does a finding (any of the pages it was seen on) satisfy an expected one? */
export function matches(exp: Expectation, f: SiteFinding, urls: readonly string[] = [f.url]): boolean {
  if (f.kind !== exp.kind) return false;
  if (exp.value === undefined) return (exp.flags ?? []).every((flag) => (f.flags as readonly string[] | undefined)?.includes(flag));
  switch (exp.kind) {
    case 'phone':
    case 'fax':
      return sameNumber(valueKey(f.value), labelKey(exp.value));
    case 'address': {
      const words = new Set(foldWords(`${f.value} ${f.display ?? ''}`));
      return foldWords(exp.value).every((w) => words.has(w));
    }
    case 'form': {
      const want = pathOf(exp.value);
      return [f.value, ...urls].some((u) => pathOf(u) === want);
    }
    case 'email':
    case 'chat':
    case 'messaging':
      return f.value.toLowerCase() === exp.value.toLowerCase();
    default:
      return f.value === exp.value;
  }
}

export function scoreSite(c: Pick<SiteCase, 'id' | 'expected' | 'strict' | 'kinds'>, findings: SiteFinding[]): SiteScore {
  const counts: Partial<Record<FindingKind, KindCounts>> = {};
  const errors: SiteError[] = [];
  // Distinct findings, each with every page it was seen on.
  const groups = new Map<string, { f: SiteFinding; urls: string[] }>();
  for (const f of findings) {
    if (!c.kinds.includes(f.kind)) continue;
    const key = findingKey(f);
    const g = groups.get(key);
    if (!g) groups.set(key, { f, urls: [f.url] });
    else if (!g.urls.includes(f.url)) g.urls.push(f.url);
  }
  for (const kind of c.kinds) {
    const n = zeroCounts();
    const wanted = distinctExpectations(c.expected.filter((e) => e.kind === kind));
    const found = [...groups.values()].filter((g) => g.f.kind === kind);
    for (const exp of wanted) {
      if (found.some((g) => matches(exp, g.f, g.urls))) n.tp++;
      else {
        n.fn++;
        errors.push({ kind, type: 'miss', page: c.id, value: describe(exp) });
      }
    }
    const strict = c.strict.includes(kind);
    for (const g of found) {
      if (wanted.some((exp) => matches(exp, g.f, g.urls))) continue;
      if (strict) n.fp++;
      else n.unlabelled++;
      errors.push({ kind, type: strict ? 'false-hit' : 'unlabelled', page: c.id, value: g.f.display ?? g.f.value, context: g.f.context });
    }
    counts[kind] = n;
  }
  return { counts, errors };
}

function distinctExpectations(list: Expectation[]): Expectation[] {
  const seen = new Set<string>();
  return list.filter((e) => {
    const key = JSON.stringify([e.kind, e.value ?? null, [...(e.flags ?? [])].sort()]);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function describe(e: Expectation): string {
  return e.value ?? `(any${e.flags?.length ? `, flags ${e.flags.join(', ')}` : ''})`;
}

/** Figures, with undefined where there is nothing to divide (no labels: no recall). */
export function kindFigures(c: Counts): { recall?: number; precision?: number; f1?: number } {
  const f = figures(c);
  const recall = c.tp + c.fn ? f.recall : undefined;
  const precision = c.tp + c.fp ? f.precision : undefined;
  // 2TP / (2TP + FP + FN): the harmonic mean where both exist, 0 when one side is missing.
  const f1 = 2 * c.tp + c.fp + c.fn ? (2 * c.tp) / (2 * c.tp + c.fp + c.fn) : undefined;
  return { recall, precision, f1 };
}
