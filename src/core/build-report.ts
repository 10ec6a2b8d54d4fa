import type { MessageRef } from './i18n/message-format.js';
import type { CrawlResult } from './crawl/crawl-types.js';
import { capReportFindings } from './cap-report-findings.js';
import { collectFindings } from './collect-findings.js';
import { REPORT_SCHEMA_ID, ReportSchema, SCHEMA_VERSION, type Report } from './report/schema.js';
import { outcomeOf } from './outcome/outcome.js';
import { bestWaysOf } from './reach/best-way-record.js';
import { scoreAudit } from './score/index.js';

/**
 * Score a finished (or partial) crawl and assemble the report. Separate from runAudit (audit.ts)
 * because the extension crawls in the content script and scores in the background worker, which
 * so carries no parser and no extractors: this module imports neither.
 */
export function buildReport(
  crawl: CrawlResult,
  meta: { startedAt: string; finishedAt: string; toolVersion?: string; partialReason?: string; partialMessage?: MessageRef },
): Report {
  const partialReason = meta.partialReason ?? crawl.partialReason;
  // The message goes with the reason it translates: the caller's, else the crawl's.
  const outcome = outcomeOf(crawl, partialReason, meta.partialReason !== undefined ? meta.partialMessage : crawl.partialMessage);
  const failed = outcome.status === 'failed';
  const collected = failed ? [] : collectFindings(crawl);
  // A site that could not be read is not scored: no checks, no scores, no grade.
  const { checks, scores } = failed ? { checks: [], scores: undefined } : scoreAudit(crawl, collected);
  // Scored on everything the crawl kept; listed up to a bound, so the report cannot grow with the site.
  const { findings, notes } = capReportFindings(collected, crawl.site || crawl.startUrl);
  const report: Report = {
    // First, so an editor or a validator finds the schema before anything else.
    $schema: REPORT_SCHEMA_ID,
    schemaVersion: SCHEMA_VERSION,
    tool: { name: 'contact-audit', version: meta.toolVersion ?? '0.0.0' },
    site: crawl.site,
    startUrl: crawl.startUrl,
    startedAt: meta.startedAt,
    finishedAt: meta.finishedAt,
    outcome,
    partial: outcome.status !== 'complete',
    ...(partialReason !== undefined ? { partialReason } : {}),
    crawl: {
      pagesFetched: crawl.pages.filter((p) => !p.viaSitemap).length,
      maxDepth: crawl.pages.reduce((max, p) => (p.viaSitemap ? max : Math.max(max, p.depth)), 0),
      budget: {
        maxDepth: crawl.options.maxDepth,
        maxPages: crawl.options.maxPages,
        concurrency: crawl.options.concurrency,
        timeoutMs: crawl.options.timeoutMs,
        maxBytes: crawl.options.maxBytes,
        respectRobots: crawl.options.respectRobots,
        ...(crawl.options.maxTimeMs ? { maxTimeMs: crawl.options.maxTimeMs } : {}),
      },
      ...(crawl.country ? { country: crawl.country } : {}),
      errors: [...crawl.errors, ...notes],
      skipped: crawl.skipped,
      sitemapOnly: crawl.sitemapOnly,
      redirects: crawl.redirects ?? [],
      ...(crawl.depthsExactTo !== undefined ? { depthsExactTo: crawl.depthsExactTo } : {}),
      ...(crawl.vendorHosts?.length ? { vendorHosts: crawl.vendorHosts } : {}),
    },
    ...(scores ? { scores } : {}),
    // From every finding kept for scoring, as the scores are (findings is capped for size).
    ...(failed ? {} : { bestWay: bestWaysOf(collected) }),
    findings,
    checks,
  };
  // The schema is the contract: a report that does not match it is a bug here, not the site's.
  return ReportSchema.parse(report);
}
