import { crawlSite, type CrawlHooks } from './crawl/crawler.js';
import { DEFAULT_CRAWL_OPTIONS, type CrawlOptions, type CrawlResult, type Fetcher } from './crawl/crawl-types.js';
import { capReportFindings } from './cap-report-findings.js';
import { collectFindings } from './collect-findings.js';
import { ReportSchema, SCHEMA_VERSION, type Report } from './report/schema.js';
import { outcomeOf } from './outcome/outcome.js';
import { bestWaysOf } from './reach/describe.js';
import { scoreAudit } from './score/index.js';

export interface AuditInput extends CrawlHooks {
  startUrl: string;
  options?: Partial<CrawlOptions>;
  fetcher: Fetcher;
  toolVersion?: string;
  /** Injected clock, so tests and the extension's resumed audits stamp times deterministically. */
  now?: () => Date;
}

/** Crawl a site, score it and build the report: the one entry point the CLI and tests use. */
export async function runAudit(input: AuditInput): Promise<Report> {
  const now = input.now ?? (() => new Date());
  const startedAt = now().toISOString();
  const options = { ...DEFAULT_CRAWL_OPTIONS, ...input.options };
  const crawl = await crawlSite(input.startUrl, options, input.fetcher, input);
  return buildReport(crawl, { startedAt, finishedAt: now().toISOString(), toolVersion: input.toolVersion });
}

/**
 * Score a finished (or partial) crawl and assemble the report. Separate from runAudit because the
 * extension crawls in the content script and scores in the background worker.
 */
export function buildReport(crawl: CrawlResult, meta: { startedAt: string; finishedAt: string; toolVersion?: string; partialReason?: string }): Report {
  const partialReason = meta.partialReason ?? crawl.partialReason;
  const outcome = outcomeOf(crawl, partialReason);
  const failed = outcome.status === 'failed';
  const collected = failed ? [] : collectFindings(crawl);
  // A site that could not be read is not scored: no checks, no scores, no grade.
  const { checks, scores } = failed ? { checks: [], scores: undefined } : scoreAudit(crawl, collected);
  // Scored on everything the crawl kept; listed up to a bound, so the report cannot grow with the site.
  const { findings, notes } = capReportFindings(collected, crawl.site || crawl.startUrl);
  const report: Report = {
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
