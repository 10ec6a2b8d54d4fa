// The comparison as JSON (contact-audit compare --format json): the figures without the full
// reports, which the caller already has. Check and finding fields are the report schema's own.
import type { Comparison } from './index.js';
import type { BestWay } from '../reach/reach.js';
import type { Check, Finding, Report } from '../report/schema.js';

const audit = (r: Report) => ({ site: r.site, startedAt: r.startedAt, outcome: r.outcome, scores: r.scores, pagesRead: r.crawl.pagesFetched });
const check = (c: Check | undefined) => (c ? { status: c.status, points: c.points, weight: c.weight, explanation: c.explanation } : undefined);
const way = (w: BestWay | undefined) =>
  w ? { channel: w.channel, use: w.use, pageUrl: w.pageUrl, depth: w.finding.depth, reachesPerson: w.reachesPerson } : undefined;
const contact = (f: Finding) => ({ kind: f.kind, value: f.value, display: f.display, role: f.role, url: f.url });

export function comparisonJson(c: Comparison): unknown {
  if (c.mode === 'change') {
    return {
      mode: 'change',
      site: c.site,
      before: audit(c.before),
      after: audit(c.after),
      scores: c.scores,
      pagesRead: c.pages,
      checks: c.checks.map((ch) => ({ id: ch.id, pointsDelta: ch.pointsDelta, before: check(ch.before), after: check(ch.after) })),
      found: c.found.map(contact),
      lost: c.lost.map(contact),
      bestWay: {
        sales: { before: way(c.ways.sales.before), after: way(c.ways.sales.after) },
        support: { before: way(c.ways.support.before), after: way(c.ways.support.after) },
      },
    };
  }
  return {
    mode: 'vendors',
    sites: c.columns.map((col) => ({ ...audit(col.report), bestWay: { sales: way(col.sales), support: way(col.support) } })),
    failedChecks: c.failed.map((r) => ({ id: r.id, title: r.check.title, cells: r.cells.map(check) })),
  };
}
