import { crawlSite, type CrawlHooks } from './crawl/crawler.js';
import { DEFAULT_CRAWL_OPTIONS, type CrawlOptions, type Fetcher } from './crawl/crawl-types.js';
import { buildReport } from './build-report.js';
import type { Report } from './report/schema.js';
import { isContactLink, isImprintLink } from './score/audit-context.js';
import type { PageLink } from './types.js';

export interface AuditInput extends CrawlHooks {
  startUrl: string;
  options?: Partial<CrawlOptions>;
  fetcher: Fetcher;
  toolVersion?: string;
  /** Injected clock, so tests and the extension's resumed audits stamp times deterministically. */
  now?: () => Date;
}

/**
 * The links the scores read on a page (score/checks: a contact link in the page frame, the start
 * page's contact link, a link to the imprint), kept on each page; the crawl keeps the others only
 * as its link graph (crawl/link-graph.ts), so memory does not grow with every menu link of every
 * page (issue #12). test/core/crawl/crawl-memory.test.ts checks the reports are the same with all links.
 */
export const linkTheScoresRead = (link: PageLink): boolean => isContactLink(link) || isImprintLink(link);

/** Crawl a site, score it and build the report: the one entry point the CLI and tests use. */
export async function runAudit(input: AuditInput): Promise<Report> {
  const now = input.now ?? (() => new Date());
  const startedAt = now().toISOString();
  const options = { ...DEFAULT_CRAWL_OPTIONS, ...input.options };
  const crawl = await crawlSite(input.startUrl, options, input.fetcher, { ...input, keepLink: input.keepLink ?? linkTheScoresRead });
  return buildReport(crawl, { startedAt, finishedAt: now().toISOString(), toolVersion: input.toolVersion });
}
