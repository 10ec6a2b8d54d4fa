// Audit a hostile site the way the CLI does (runAudit + the Node fetcher), with budgets small
// enough that a trap that is not stopped shows up as a count, not as a hung test.
import { nodeFetcher } from '../../../src/cli/node-fetcher.js';
import { runAudit } from '../../../src/core/audit.js';
import type { CrawlOptions } from '../../../src/core/crawl/crawl-types.js';
import type { CrawlError, Report } from '../../../src/core/report/schema.js';

export const FAST: Partial<CrawlOptions> = { timeoutMs: 3_000, useSitemap: false };

export function audit(startUrl: string, options: Partial<CrawlOptions> = {}): Promise<Report> {
  return runAudit({ startUrl, fetcher: nodeFetcher, options: { ...FAST, ...options } });
}

/** Pathname (plus query) of a URL, for readable assertions. */
export function pathOf(url: string): string {
  const u = new URL(url);
  return u.pathname + u.search;
}

export function errorsByPath(report: Report): Record<string, Pick<CrawlError, 'kind' | 'status'>> {
  return Object.fromEntries(report.crawl.errors.map((e) => [pathOf(e.url), { kind: e.kind, ...(e.status !== undefined ? { status: e.status } : {}) }]));
}

export function findingValues(report: Report, kind?: string): string[] {
  return report.findings.filter((f) => !kind || f.kind === kind).map((f) => f.value);
}

/** A compact dump for failure messages. */
export function explain(report: Report, requests: string[] = []): string {
  return JSON.stringify(
    {
      partial: report.partialReason,
      pages: report.crawl.pagesFetched,
      errors: report.crawl.errors.map((e) => `${e.kind} ${e.status ?? ''} ${pathOf(e.url)}: ${e.message}`),
      skipped: report.crawl.skipped.slice(0, 40).map((s) => `${pathOf(s.url)}: ${s.reason}`),
      findings: report.findings.map((f) => `${f.kind} ${f.value} d${f.depth} ${pathOf(f.url)}`),
      requests: requests.slice(0, 80),
    },
    null,
    1,
  );
}
