import { analyzePage } from '../../src/core/analyze-page.js';
import type { PageFinding } from '../../src/core/types.js';
import { addCounts, scorePage } from './match.js';
import type { EvalSummary } from './report.js';
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
