import type { FindingKind, PageFinding, Region } from '../types.js';
import { ownString } from './own-string.js';

/**
 * Distinct findings of one kind that one page adds to the audit. Without a bound, a directory
 * page (dealers, branches, staff) made the report grow with the site: 3,000 distinct contacts
 * a page gave 177,000 findings and an 89 MB JSON report over 59 pages. The audit asks how
 * hidden the vendor's own contacts are; a few dozen of a kind on one page already say "this is
 * a directory", and the ones kept are those that matter most (see `keepFirst`).
 */
export const PAGE_FINDING_CAPS: Readonly<Record<FindingKind, number>> = {
  // A contact page lists a few numbers (sales, support, per country); 50 is a directory.
  phone: 50,
  // Faxes are evidence only (not a way to reach a person today).
  fax: 20,
  // Departments and country desks: dozens at most; beyond that, staff or branch lists.
  email: 50,
  // A store locator page; 30 addresses show the pattern and include the head office when it is marked up.
  address: 30,
  // Widgets from more than a few chat vendors on one page is a script soup, not more channels.
  chat: 10,
  // One app per country or department at most.
  messaging: 20,
  // Forms and portals: a page with more is a catalogue of forms.
  form: 20,
  helpdesk: 20,
  gate: 20,
};

/** What `capPageFindings` left out, per kind: how many the page had, how many were kept. */
export interface CappedKind {
  kind: FindingKind;
  found: number;
  kept: number;
}

/** Regions repeated on every page: a contact there is the site's own, not a directory entry. */
const SITE_WIDE: ReadonlySet<Region | undefined> = new Set(['header', 'nav', 'footer']);

/**
 * Which findings of a kind to keep when a page has too many: a sales or support contact first
 * (the scores are about those), then one in the header, navigation or footer (the vendor's own,
 * repeated site-wide), then document order. A directory's entries are 'general' contacts in the
 * main content, so the vendor's own contacts survive the cap even at the end of the page.
 */
function rank(f: PageFinding): number {
  return (f.role === 'general' ? 2 : 0) + (SITE_WIDE.has(f.region) ? 0 : 1);
}

/**
 * Keep at most `capOf(kind)` items of each kind, the best-ranked first (lower rank is better; equal
 * ranks keep their order). Returns the items kept, in their original order, and what was cut per
 * kind. Shared by the per-page caps here and the report's per-site cap (cap-report-findings.ts).
 */
export function capByKind<T extends { kind: FindingKind }>(
  items: readonly T[],
  capOf: (kind: FindingKind) => number,
  rankOf: (item: T) => number,
): { kept: T[]; capped: CappedKind[] } {
  const byKind = new Map<FindingKind, number[]>();
  items.forEach((f, i) => {
    const list = byKind.get(f.kind);
    if (list) list.push(i);
    else byKind.set(f.kind, [i]);
  });
  const dropped = new Set<number>();
  const capped: CappedKind[] = [];
  for (const [kind, indices] of byKind) {
    const cap = capOf(kind);
    if (!(cap >= 0)) throw new Error(`no finding cap for kind "${kind}"`);
    if (indices.length <= cap) continue;
    const ordered = [...indices].sort((a, b) => rankOf(items[a]!) - rankOf(items[b]!) || a - b);
    ordered.slice(cap).forEach((i) => dropped.add(i));
    capped.push({ kind, found: indices.length, kept: cap });
  }
  return { kept: dropped.size ? items.filter((_, i) => !dropped.has(i)) : [...items], capped };
}

/** At most `caps[kind]` findings of each kind on one page (findings already merged to one per contact). */
export function capPageFindings(
  findings: readonly PageFinding[],
  caps: Readonly<Record<FindingKind, number>> = PAGE_FINDING_CAPS,
): { findings: PageFinding[]; capped: CappedKind[] } {
  const { kept, capped } = capByKind(findings, (kind) => caps[kind], rank);
  return { findings: kept, capped };
}

/** The report's bound on page-derived text (report/schema.ts). */
const MAX_TEXT = 2000;
/** Cut to the bound, and copied: a finding outlives the page's body it was read from (own-string.ts). */
const cut = (s: string) => ownString(s.length <= MAX_TEXT ? s : `${s.slice(0, MAX_TEXT - 1)}…`);

/**
 * A page's findings as the report and the extension's messages take them: capped per kind, and
 * page-derived strings cut to the report's bound (a form action or a help-centre URL can be any
 * length, and one over the bound must not cost the whole report). Used for every crawled page
 * and for the extension's read of the rendered start page.
 */
export function reportableFindings(findings: readonly PageFinding[]): { findings: PageFinding[]; capped: CappedKind[] } {
  const { findings: kept, capped } = capPageFindings(findings);
  return { findings: kept.map(bounded), capped };
}

function bounded(f: PageFinding): PageFinding {
  return {
    ...f,
    value: cut(f.value),
    ...(f.display !== undefined ? { display: cut(f.display) } : {}),
    ...(f.context !== undefined ? { context: cut(f.context) } : {}),
  };
}

/** One line for the report: "2,000 distinct phone findings (50 kept), 1,000 email (50 kept)". */
export function describeCapped(capped: readonly CappedKind[]): string {
  const parts = capped.map((c) => `${c.found.toLocaleString('en-US')} distinct ${c.kind} findings (${c.kept} kept)`);
  return `this page lists ${parts.join(', ')}: a directory, not more ways in; the sales, support and site-wide contacts were kept first`;
}
