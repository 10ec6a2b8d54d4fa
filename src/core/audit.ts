import { crawlSite, type CrawlHooks } from './crawl/crawler.js';
import { DEFAULT_CRAWL_OPTIONS, type CrawlOptions, type Fetcher } from './crawl/crawl-types.js';
import { buildReport } from './build-report.js';
import type { Report } from './report/schema.js';

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
