import type { CrawlError, Finding } from './report/schema.js';
import { capByKind } from './crawl/page-finding-caps.js';

/**
 * Distinct findings of one kind the report lists for a whole site. The per-page caps
 * (crawl/page-finding-caps.ts) bound each page, but a site of many directory pages, or a large
 * --max-pages, still multiplied them (59 such pages: 5,900 findings, 3 MB of JSON); the
 * extension stores every report. 200 of a kind is more than any vendor's own contacts and
 * enough to show a directory for what it is. The scores are computed before this cut, on
 * every finding the crawl kept.
 */
export const REPORT_FINDINGS_PER_KIND = 200;

/**
 * Which to keep: sales and support contacts before general ones (the scores are about those),
 * then fewest clicks first (the report's own order), so the click paths the report shows stay.
 */
function rank(f: Finding): number {
  return f.role === 'general' ? 1 : 0;
}

/**
 * At most `cap` findings of each kind, in the report's order, and one note per kind cut for the
 * report's crawl.errors (kind 'capped', under the site's URL).
 */
export function capReportFindings(findings: readonly Finding[], site: string, cap = REPORT_FINDINGS_PER_KIND): { findings: Finding[]; notes: CrawlError[] } {
  if (!(Number.isInteger(cap) && cap >= 0)) throw new RangeError(`the report's cap per kind must be a whole number ≥ 0 (got ${cap})`);
  // The report's order is fewest clicks first, so equal ranks keep the shortest click paths.
  const { kept, capped } = capByKind(findings, () => cap, rank);
  const notes: CrawlError[] = capped.map(({ kind, found }) => ({
    url: site,
    kind: 'capped',
    message: `the site has ${found} distinct ${kind} findings: the report lists ${cap}, sales and support first, then by fewest clicks (scores count them all)`,
  }));
  return { findings: kept, notes };
}
