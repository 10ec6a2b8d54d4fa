import { analyzePage } from '../../src/core/analyze-page.js';
import type { FindingKind, PageFinding } from '../../src/core/types.js';
import { addCounts, scorePage } from './match.js';
import type { EvalSummary } from './report.js';
import { addKindCounts, scoreSite, zeroCounts, type KindCounts, type SiteCase, type SiteError, type SiteFinding } from './site-score.js';
import { EVAL_KINDS, type EvalCase } from './types.js';

/** Run the engine on every case and add up the matches, as a crawl would read each page. */
export function evaluate(corpus: string, cases: EvalCase[]): EvalSummary {
  const summary: EvalSummary = {
    corpus,
    cases: cases.length,
    pages: cases.reduce((n, c) => n + c.pages.length, 0),
    counts: { phone: { tp: 0, fp: 0, fn: 0 }, fax: { tp: 0, fp: 0, fn: 0 }, address: { tp: 0, fp: 0, fn: 0 } },
    extractorErrors: 0,
    errors: [],
  };
  // As in a crawl, a page that names no country of its own is read with the start page's country;
  // a site's first page stands in for its start page.
  const siteCountry = new Map<string, string | undefined>();
  for (const c of cases) {
    const findings: PageFinding[] = [];
    for (const page of c.pages) {
      if (!siteCountry.has(c.site)) siteCountry.set(c.site, analyzePage(page.url, page.html, { country: c.country }).country);
      const analysis = analyzePage(page.url, page.html, { country: c.country, siteCountry: siteCountry.get(c.site) });
      summary.extractorErrors += analysis.extractorErrors.length;
      for (const e of analysis.extractorErrors) console.error(`${c.id}: ${e}`);
      findings.push(...analysis.findings);
    }
    const score = scorePage(c.id, c.labels, findings);
    for (const k of c.partialKinds ?? []) {
      score.counts[k].fp = 0;
      score.errors = score.errors.filter((e) => e.kind !== k || e.type !== 'false-hit');
    }
    for (const k of EVAL_KINDS) summary.counts[k] = addCounts(summary.counts[k], score.counts[k]);
    summary.errors.push(...score.errors);
  }
  return summary;
}

/** A site's findings over all its pages, each with its page, read as a crawl reads them. */
export function siteFindings(c: Pick<SiteCase, 'id' | 'pages' | 'country'>, onError: (e: string) => void = () => {}): SiteFinding[] {
  const out: SiteFinding[] = [];
  let siteCountry: string | undefined;
  c.pages.forEach((page, i) => {
    if (i === 0) siteCountry = analyzePage(page.url, page.html, { country: c.country }).country;
    const analysis = analyzePage(page.url, page.html, { country: c.country, siteCountry });
    for (const e of analysis.extractorErrors) onError(`${c.id}: ${e}`);
    for (const f of analysis.findings) out.push({ ...f, url: page.url });
  });
  return out;
}

export interface SiteSummary {
  corpus: string;
  cases: number;
  pages: number;
  kinds: readonly FindingKind[];
  counts: Partial<Record<FindingKind, KindCounts>>;
  extractorErrors: number;
  errors: SiteError[];
}

/** Score every case against its expected findings and add up the counts per kind. */
export function evaluateSites(corpus: string, kinds: readonly FindingKind[], cases: SiteCase[]): SiteSummary {
  const summary: SiteSummary = {
    corpus,
    cases: cases.length,
    pages: cases.reduce((n, c) => n + c.pages.length, 0),
    kinds,
    counts: Object.fromEntries(kinds.map((k) => [k, zeroCounts()])),
    extractorErrors: 0,
    errors: [],
  };
  for (const c of cases) {
    const findings = siteFindings(c, (e) => {
      summary.extractorErrors++;
      console.error(e);
    });
    const score = scoreSite(c, findings);
    for (const k of kinds) summary.counts[k] = addKindCounts(summary.counts[k] ?? zeroCounts(), score.counts[k] ?? zeroCounts());
    summary.errors.push(...score.errors);
  }
  return summary;
}
